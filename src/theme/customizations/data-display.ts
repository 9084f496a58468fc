import type { Components, Theme } from '@mui/material/styles';
import { focusRing } from './inputs';

export const dataDisplayCustomizations: Components<Theme> = {
  MuiChip: {
    styleOverrides: { root: { fontWeight: 500 } },
  },
  MuiTableCell: {
    styleOverrides: {
      head: ({ theme }) => ({
        fontWeight: 600,
        color: theme.vars.palette.text.secondary,
        whiteSpace: 'nowrap',
      }),
    },
  },
  MuiTooltip: {
    defaultProps: { arrow: true },
  },
  MuiLink: {
    defaultProps: { underline: 'hover' },
    styleOverrides: {
      root: ({ theme }) => ({
        fontWeight: 500,
        '&:focus-visible': focusRing(theme),
      }),
    },
  },
};
