import { useId } from 'react';
import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { perTheme, withCallerSx } from '@/theme/drawn-rules';
import { outlinedParts } from './outlined-parts';
import { usePlaceholderHandoff } from './placeholder-handoff';

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
 * about 2% of the time to the first row at 4x CPU. None of those parts is used here.
 */
const placeholderSx = perTheme((theme: Theme) => {
  const { palette, root, field, label, outline, legend } = outlinedParts(theme);
  return {
    ...root,
    '& > .ph-label': label,
    '& > .ph-field': { ...field, paddingRight: '14px' },
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
    '& .ph-value:focus': { outline: 'none' },
    '& fieldset': outline,
    '& legend': legend,
    // As MUI's focused outline: the primary colour, 2px, on the outline and the label.
    '&:focus-within fieldset': { borderColor: palette.primary.main, borderWidth: 2 },
    '&:focus-within > .ph-label': { color: palette.primary.main },
  } as const;
});

/**
 * Where a small outlined select goes until its code has loaded (use-select-parts.ts): the same
 * label, text, size and name, so nothing moves when it arrives. It takes the select's place in
 * the Tab order and hands focus and a press on to it (placeholder-handoff.ts).
 */
export function SelectPlaceholder({ label, value, sx }: SelectPlaceholderProps) {
  const id = useId();
  const handoff = usePlaceholderHandoff<HTMLDivElement>();
  return (
    <Box sx={withCallerSx(placeholderSx, sx)} {...handoff}>
      <span className="ph-label" id={`${id}-label`}>
        {label}
      </span>
      <span className="ph-field">
        <span
          className="ph-value"
          role="combobox"
          tabIndex={0}
          aria-labelledby={`${id}-label`}
          aria-haspopup="listbox"
          aria-expanded="false"
        >
          {value}
        </span>
        <svg className="ph-arrow" viewBox="0 0 24 24" focusable="false" aria-hidden="true">
          <path d="M7 10l5 5 5-5z" />
        </svg>
        <fieldset aria-hidden="true">
          <legend>
            <span>{label}</span>
          </legend>
        </fieldset>
      </span>
    </Box>
  );
}
