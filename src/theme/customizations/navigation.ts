import type { Components, Theme } from '@mui/material/styles';

export const navigationCustomizations: Components<Theme> = {
  MuiListItemButton: {
    styleOverrides: {
      root: ({ theme }) => ({
        borderRadius: 6,
        '&.Mui-selected': {
          color: theme.vars.palette.primary.main,
          fontWeight: 600,
          '& .MuiListItemIcon-root': { color: 'inherit' },
        },
      }),
    },
  },
  MuiListItemIcon: {
    styleOverrides: { root: { minWidth: 36 } },
  },
  MuiMenuItem: {
    styleOverrides: { root: { minHeight: 40 } },
  },
  MuiBreadcrumbs: {
    styleOverrides: { root: { fontSize: '0.875rem' } },
  },
};
