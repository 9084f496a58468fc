import { alertClasses } from '@mui/material/Alert';
import type { SnackbarOrigin } from '@mui/material/Snackbar';
import type { SxProps, Theme } from '@mui/material/styles';
import { drawerWidth } from '@/components/layout/nav-drawer';

/**
 * Where a toast goes, chosen so it never covers the control the person needs next:
 * - `dialog`: a dialog is open. Its actions are at its bottom, so the toast sits at the top of
 *   the screen, inside the dialog's layer (reachable and read while the rest is inert).
 * - `navigation`: wide screens. Inside the navigation column, bottom left: the main content,
 *   where every page keeps its actions, starts to the right of it.
 * - `below-app-bar`: narrow screens, no dialog. At the top, just below the app bar, away from
 *   the bottom of the screen where forms and dialogs keep their buttons.
 */
export type ToastPlace = 'dialog' | 'navigation' | 'below-app-bar';

interface Placement {
  anchorOrigin: SnackbarOrigin;
  /** Overrides the Snackbar's own offsets at the same breakpoints, so these win. */
  sx: SxProps<Theme>;
  alertSx: SxProps<Theme>;
}

const GAP = 8;
/** The app bar's height (the Toolbar mixin): 56 px, 48 px on landscape phones, 64 px from sm. */
const belowAppBar = (theme: Theme) => ({
  top: 56 + GAP,
  '@media (orientation: landscape)': { top: 48 + GAP },
  [theme.breakpoints.up('sm')]: { top: 64 + GAP },
});

/** In a column this narrow the buttons go on their own row under the message. */
const stackedAlert: SxProps<Theme> = {
  width: '100%',
  flexWrap: 'wrap',
  [`& .${alertClasses.message}`]: { flex: '1 1 0', minWidth: 0 },
  [`& .${alertClasses.action}`]: { flexBasis: '100%', justifyContent: 'flex-end', ml: 0, pt: 0 },
};

export const toastPlacement: Record<ToastPlace, Placement> = {
  dialog: {
    anchorOrigin: { vertical: 'top', horizontal: 'center' },
    sx: {},
    alertSx: { width: '100%', maxWidth: 560 },
  },
  navigation: {
    anchorOrigin: { vertical: 'bottom', horizontal: 'left' },
    sx: (theme) => ({
      [theme.breakpoints.up('xs')]: {
        left: GAP,
        right: 'auto',
        bottom: GAP,
        width: drawerWidth - 2 * GAP,
      },
    }),
    alertSx: stackedAlert,
  },
  'below-app-bar': {
    anchorOrigin: { vertical: 'top', horizontal: 'center' },
    sx: belowAppBar,
    alertSx: { width: '100%', maxWidth: 560 },
  },
};
