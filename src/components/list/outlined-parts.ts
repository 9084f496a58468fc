import type { Theme } from '@mui/material/styles';

/**
 * The parts of MUI's small outlined field with its label shrunk onto the outline (InputLabel,
 * NotchedOutline and its legend), as plain CSS rules: what the first screen's fields and their
 * placeholders are drawn with instead of MUI's styled layers. A test that renders with MUI's
 * default theme has no CSS variables (`theme.vars`); the rules then read the palette itself, as
 * MUI's own components do.
 */
export function outlinedParts(theme: Theme) {
  const vars = (theme as { vars?: Theme['vars'] }).vars;
  const palette = vars ? vars.palette : theme.palette;
  const plainOutline =
    theme.palette.mode === 'light' ? 'rgba(0, 0, 0, 0.23)' : 'rgba(255, 255, 255, 0.23)';
  /** FormControl's box. */
  const root = {
    position: 'relative',
    display: 'inline-flex',
    flexDirection: 'column',
    minWidth: 0,
    verticalAlign: 'top',
  } as const;
  const field = {
    ...theme.typography.body1,
    lineHeight: '1.4375em',
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    // A number would be taken as a multiple of the theme's radius.
    borderRadius: vars ? vars.shape.borderRadius : `${String(theme.shape.borderRadius)}px`,
    color: palette.text.primary,
    backgroundColor: palette.background.paper,
  } as const;
  const label = {
    ...theme.typography.body1,
    lineHeight: '1.4375em',
    position: 'absolute',
    left: 0,
    top: 0,
    zIndex: 1,
    display: 'block',
    padding: 0,
    maxWidth: 'calc(133% - 32px)',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    transform: 'translate(14px, -9px) scale(0.75)',
    transformOrigin: 'top left',
    color: palette.text.secondary,
  } as const;
  const outline = {
    position: 'absolute',
    inset: '-5px 0 0',
    margin: 0,
    padding: '0 8px',
    minWidth: '0%',
    overflow: 'hidden',
    textAlign: 'left',
    pointerEvents: 'none',
    borderRadius: 'inherit',
    border: '1px solid',
    borderColor: vars ? `rgba(${vars.palette.common.onBackgroundChannel} / 0.23)` : plainOutline,
  } as const;
  const legend = {
    display: 'block',
    width: 'auto',
    maxWidth: '100%',
    height: 11,
    padding: 0,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    fontSize: '0.75em',
    visibility: 'hidden',
    '& > span': { display: 'inline-block', paddingLeft: '5px', paddingRight: '5px' },
  } as const;
  return { vars, palette, root, field, label, outline, legend };
}
