import {
  memo,
  useId,
  type ChangeEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import type { Theme } from '@mui/material/styles';
import { perTheme } from '@/theme/drawn-rules';
import { useStaticClass, type StaticRules } from '@/theme/static-class';
import { outlinedParts } from './outlined-parts';

interface OutlinedTextFieldProps {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  type?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  error?: boolean;
  /** Under the field, and its accessible description. */
  helperText?: ReactNode;
  /** An icon before the text (the search's magnifier). */
  startIcon?: ReactNode;
  /** Hints for the browser and its keyboards. */
  htmlInput?: Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'inputMode' | 'autoComplete' | 'spellCheck'
  >;
  /** After the field's own rules; a module constant (see `useStaticClass`). */
  sx?: StaticRules;
}

/** The field's rules, MUI's states included: the outline follows hover, focus and error. */
const fieldSx = perTheme((theme: Theme) => {
  const { vars, palette, root, field, label, outline, legend } = outlinedParts(theme);
  const placeholderOpacity = vars
    ? vars.opacity.inputPlaceholder
    : theme.palette.mode === 'light'
      ? 0.42
      : 0.5;
  const easeOut = (property: string) => `${property} 200ms cubic-bezier(0.0, 0, 0.2, 1) 0ms`;
  return {
    ...root,
    '& > .of-label': { ...label, transition: easeOut('color') },
    '& > .of-field': { ...field, cursor: 'text' },
    // In MUI's order, so the same state wins: focus over hover, error over both.
    '& .of-field:hover fieldset': { borderColor: palette.text.primary },
    '@media (hover: none)': { '& .of-field:hover fieldset': { borderColor: outline.borderColor } },
    '&:focus-within > .of-label': { color: palette.primary.main },
    '&:focus-within .of-field fieldset': { borderColor: palette.primary.main, borderWidth: 2 },
    '&.of-error > .of-label, &.of-error > .of-helper': { color: palette.error.main },
    '&.of-error .of-field fieldset': { borderColor: palette.error.main },
    '& .of-icon': {
      display: 'flex',
      height: '0.01em',
      maxHeight: '2em',
      alignItems: 'center',
      whiteSpace: 'nowrap',
      marginLeft: '14px',
      marginRight: '8px',
      color: palette.action.active,
    },
    '& input': {
      font: 'inherit',
      letterSpacing: 'inherit',
      color: 'currentColor',
      display: 'block',
      width: '100%',
      minWidth: 0,
      height: '1.4375em',
      margin: 0,
      padding: '8.5px 14px',
      border: 0,
      boxSizing: 'content-box',
      background: 'none',
      WebkitTapHighlightColor: 'transparent',
      '&::placeholder': {
        color: 'currentColor',
        opacity: placeholderOpacity,
        transition: 'opacity 200ms cubic-bezier(0.4, 0, 0.2, 1) 0ms',
      },
      '&:focus': { outline: 0 },
      '&:invalid': { boxShadow: 'none' },
      '&::-webkit-search-decoration': { WebkitAppearance: 'none' },
      '&[type=search]': { MozAppearance: 'textfield' },
    },
    '& .of-icon + input': { paddingLeft: 0 },
    '& fieldset': outline,
    '& legend': legend,
    '& > .of-helper': {
      ...theme.typography.caption,
      color: palette.text.secondary,
      textAlign: 'left',
      margin: '4px 14px 0',
    },
  } as const;
});

/**
 * MUI's small outlined text field with its label on the outline, in its looks and its states
 * (hover, focus, error), drawn by plain elements and one set of rules. These are the first
 * screen's fields (the lists' search, the application version), and MUI's FormControl,
 * InputLabel, OutlinedInput and FormHelperText cost that screen about 6 KB gzip and the search
 * field's first render about 25 ms at 4x CPU.
 *
 * The label always sits on the outline: these fields always show a placeholder or an icon, where
 * MUI shrinks the label too. A field whose label should rest inside the box until it is filled
 * needs MUI's TextField instead.
 */
export const OutlinedTextField = memo(function OutlinedTextField(props: OutlinedTextFieldProps) {
  const { label, helperText, error = false, sx } = props;
  const id = useId();
  const helperTextId = helperText ? `${id}-helper-text` : undefined;
  // Not an `sx`: a keystroke re-renders the field, and its rules are the same each time.
  const rootClass = useStaticClass(fieldSx, sx);
  return (
    <div className={error ? `${rootClass} of-error` : rootClass}>
      <label className="of-label" htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <div className="of-field">
        {props.startIcon ? <div className="of-icon">{props.startIcon}</div> : null}
        <input
          id={id}
          type={props.type ?? 'text'}
          value={props.value}
          placeholder={props.placeholder}
          ref={props.inputRef}
          onChange={props.onChange}
          onKeyDown={props.onKeyDown}
          {...props.htmlInput}
          aria-invalid={error}
          aria-describedby={helperTextId}
        />
        <fieldset aria-hidden="true">
          <legend>
            <span>{label}</span>
          </legend>
        </fieldset>
      </div>
      {helperText ? (
        <p className="of-helper" id={helperTextId}>
          {helperText}
        </p>
      ) : null}
    </div>
  );
});
