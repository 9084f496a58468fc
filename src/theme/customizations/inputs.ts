import type { Components, Theme } from '@mui/material/styles';
import { themeValues } from '../drawn-rules';

/**
 * A focus ring that stays visible on every background, in both schemes (read from a test's
 * theme without CSS variables too).
 */
export const focusRing = (theme: Theme) => ({
  outline: `2px solid ${themeValues(theme).palette.primary.main}`,
  outlineOffset: 2,
});

export const inputsCustomizations: Components<Theme> = {
  MuiButtonBase: {
    styleOverrides: {
      root: ({ theme }) => ({ '&.Mui-focusVisible': focusRing(theme) }),
    },
  },
  MuiButton: {
    defaultProps: { disableElevation: true },
    styleOverrides: { root: { borderRadius: 6 } },
  },
  MuiIconButton: {
    styleOverrides: { root: { borderRadius: 8 } },
  },
  MuiTextField: {
    defaultProps: { size: 'small' },
  },
  MuiOutlinedInput: {
    styleOverrides: {
      root: ({ theme }) => ({ backgroundColor: theme.vars.palette.background.paper }),
    },
  },
};
