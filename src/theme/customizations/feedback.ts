import type { Components, Theme } from '@mui/material/styles';

export const feedbackCustomizations: Components<Theme> = {
  MuiAlert: {
    styleOverrides: { root: { alignItems: 'flex-start' }, message: { overflowWrap: 'anywhere' } },
  },
  MuiDialog: {
    styleOverrides: { paper: { backgroundImage: 'none' } },
  },
  MuiSkeleton: {
    defaultProps: { animation: 'wave' },
  },
};
