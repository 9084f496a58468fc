import type { ColorSystemOptions } from '@mui/material/styles';

/*
 * Every foreground colour below keeps at least 4.5:1 against both backgrounds of its scheme, and
 * each `contrastText` keeps 4.5:1 on its `main`, so text, outlined chips and filled buttons all
 * pass WCAG AA in light and dark alike.
 */
export const lightScheme: ColorSystemOptions = {
  palette: {
    contrastThreshold: 4.5,
    primary: { main: '#2454b0', light: '#3d6bc4', dark: '#1a3f87', contrastText: '#ffffff' },
    secondary: { main: '#0f766e', light: '#15877e', dark: '#0b5a54', contrastText: '#ffffff' },
    error: { main: '#c62828', light: '#d84343', dark: '#9f1f1f', contrastText: '#ffffff' },
    warning: { main: '#9a5b00', light: '#ad6a05', dark: '#7a4700', contrastText: '#ffffff' },
    info: { main: '#0b6aa2', light: '#1679b5', dark: '#08527e', contrastText: '#ffffff' },
    success: { main: '#2e7d32', light: '#388e3c', dark: '#1f5e23', contrastText: '#ffffff' },
    background: { default: '#f5f7fa', paper: '#ffffff' },
    text: { primary: '#1b2430', secondary: '#4b5563' },
    divider: 'rgba(27, 36, 48, 0.12)',
  },
};

export const darkScheme: ColorSystemOptions = {
  palette: {
    contrastThreshold: 4.5,
    primary: { main: '#8ab4f8', light: '#a9c8fa', dark: '#6fa0f0', contrastText: '#0f1318' },
    secondary: { main: '#5ccfc0', light: '#7fdacd', dark: '#3fb8a8', contrastText: '#0f1318' },
    error: { main: '#f28b82', light: '#f5a39c', dark: '#ee7368', contrastText: '#0f1318' },
    warning: { main: '#f5c26b', light: '#f7d08d', dark: '#f0b13f', contrastText: '#0f1318' },
    info: { main: '#7cc4fa', light: '#9dd3fb', dark: '#5cb4f5', contrastText: '#0f1318' },
    success: { main: '#81c995', light: '#9dd5ac', dark: '#66bc7e', contrastText: '#0f1318' },
    background: { default: '#0f1318', paper: '#161b22' },
    text: { primary: '#e6e9ee', secondary: '#a7b0bc' },
    divider: 'rgba(230, 233, 238, 0.14)',
  },
};
