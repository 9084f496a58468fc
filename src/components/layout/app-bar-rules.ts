import type { CSSObject, Theme } from '@mui/material/styles';
import { perTheme, themeValues } from '@/theme/drawn-rules';

/** The classes MUI's Toolbar puts on its root (regular, with gutters). */
export const toolbarClassName = 'MuiToolbar-root MuiToolbar-gutters MuiToolbar-regular';

/**
 * MUI's Toolbar (regular, with gutters) as rules for a plain element: the app bar's row and the
 * spacers under it. Two entries, as MUI applies them: the gutters and the height each have rules
 * from the `sm` breakpoint up.
 */
export const toolbarRules = perTheme((theme: Theme): CSSObject[] => [
  {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    paddingLeft: theme.spacing(2),
    paddingRight: theme.spacing(2),
    [theme.breakpoints.up('sm')]: { paddingLeft: theme.spacing(3), paddingRight: theme.spacing(3) },
  },
  theme.mixins.toolbar as CSSObject,
]);

/** The classes and Paper variables MUI's fixed AppBar (with the theme's defaults) has. */
export const appBarAttributes = {
  className:
    'MuiPaper-root MuiPaper-elevation MuiPaper-elevation0 MuiAppBar-root MuiAppBar-colorInherit MuiAppBar-positionFixed mui-fixed',
  style: {
    '--Paper-shadow': 'var(--upshift-shadows-0)',
    '--Paper-overlay': 'var(--upshift-overlays-0)',
  } as Record<string, string>,
};

/**
 * MUI's fixed AppBar with the theme's defaults (no elevation, inherited colour) and overrides (a
 * paper background and a bottom border): its Paper, then its own rules.
 */
export const appBarRules = perTheme((theme: Theme): CSSObject[] => {
  const v = themeValues(theme);
  return [
    {
      backgroundColor: v.palette.background.paper,
      color: v.palette.text.primary,
      transition: theme.transitions.create('box-shadow'),
      boxShadow: 'var(--Paper-shadow)',
      backgroundImage: 'var(--Paper-overlay)',
    },
    { backgroundImage: 'none' },
    {
      display: 'flex',
      flexDirection: 'column',
      width: '100%',
      boxSizing: 'border-box',
      flexShrink: 0,
      position: 'fixed',
      zIndex: v.zIndex.appBar,
      top: 0,
      left: 'auto',
      right: 0,
      '@media print': { position: 'absolute' },
      '--AppBar-color': 'inherit',
      color: 'var(--AppBar-color)',
    },
    {
      backgroundColor: v.palette.background.paper,
      borderBottom: `1px solid ${v.palette.divider}`,
    },
  ];
});
