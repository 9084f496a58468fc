import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';

/** One entry of an `sx` array: the filter's own sx goes after the placeholder's. */
type SxItem = Exclude<SxProps<Theme>, readonly unknown[]>;

interface SelectPlaceholderProps {
  label: string;
  /** What the select will show: "Any", the chosen values. */
  value: string;
  sx?: SxProps<Theme>;
}

/**
 * MUI's small outlined select with its label shrunk (FormControl, InputLabel, OutlinedInput,
 * NotchedOutline, the arrow icon), drawn by one styled element instead of about ten: a list's
 * filters are five of these on the first screen, and their styled layers cost its first render
 * about 2% of the time to the first row at 4x CPU. Only the look is kept: nothing here is used.
 */
function placeholderSx(theme: Theme) {
  // As MUI's own components do: a theme without CSS variables (a test's default) has no `vars`.
  const vars = (theme as { vars?: Theme['vars'] }).vars;
  const palette = vars ? vars.palette : theme.palette;
  const plainOutline =
    theme.palette.mode === 'light' ? 'rgba(0, 0, 0, 0.23)' : 'rgba(255, 255, 255, 0.23)';
  return {
    position: 'relative',
    display: 'inline-flex',
    flexDirection: 'column',
    minWidth: 0,
    verticalAlign: 'top',
    '& > .ph-label': {
      ...theme.typography.body1,
      lineHeight: '1.4375em',
      position: 'absolute',
      left: 0,
      top: 0,
      zIndex: 1,
      display: 'block',
      maxWidth: 'calc(133% - 32px)',
      overflow: 'hidden',
      whiteSpace: 'nowrap',
      textOverflow: 'ellipsis',
      transform: 'translate(14px, -9px) scale(0.75)',
      transformOrigin: 'top left',
      color: palette.text.secondary,
    },
    '& > .ph-field': {
      ...theme.typography.body1,
      lineHeight: '1.4375em',
      position: 'relative',
      display: 'flex',
      alignItems: 'center',
      boxSizing: 'border-box',
      paddingRight: '14px',
      borderRadius: (vars ?? theme).shape.borderRadius,
      color: palette.text.primary,
      backgroundColor: palette.background.paper,
    },
    '& .ph-value': {
      display: 'block',
      flex: '1 1 auto',
      width: '100%',
      minWidth: 0,
      height: '1.4375em',
      padding: '8.5px 32px 8.5px 14px',
      boxSizing: 'content-box',
      overflow: 'hidden',
      whiteSpace: 'pre',
      textOverflow: 'ellipsis',
    },
    '& .ph-arrow': {
      position: 'absolute',
      right: 7,
      top: 'calc(50% - .5em)',
      width: '1em',
      height: '1em',
      fontSize: '1.5rem',
      fill: 'currentColor',
      color: palette.action.active,
    },
    '& fieldset': {
      position: 'absolute',
      inset: '-5px 0 0',
      margin: 0,
      padding: '0 8px',
      minWidth: '0%',
      overflow: 'hidden',
      textAlign: 'left',
      borderRadius: 'inherit',
      border: '1px solid',
      borderColor: vars ? `rgba(${vars.palette.common.onBackgroundChannel} / 0.23)` : plainOutline,
    },
    '& legend': {
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
    },
  } as const;
}

/**
 * Where a small outlined select goes until its code has loaded (use-select-parts.ts): the same
 * label, text and size, so nothing moves when it arrives; inert and hidden from assistive
 * technology meanwhile.
 */
export function SelectPlaceholder({ label, value, sx }: SelectPlaceholderProps) {
  const given: readonly SxItem[] = Array.isArray(sx) ? (sx as readonly SxItem[]) : [sx as SxItem];
  return (
    <Box sx={[placeholderSx, ...given]} inert aria-hidden="true">
      <span className="ph-label">{label}</span>
      <span className="ph-field">
        <span className="ph-value">{value}</span>
        <svg className="ph-arrow" viewBox="0 0 24 24" focusable="false" aria-hidden="true">
          <path d="M7 10l5 5 5-5z" />
        </svg>
        <fieldset>
          <legend>
            <span>{label}</span>
          </legend>
        </fieldset>
      </span>
    </Box>
  );
}
