import { memo, useId, type ChangeEvent, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import type { InputBaseComponentProps } from '@mui/material/InputBase';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';

interface OutlinedTextFieldProps {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  type?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  error?: boolean;
  /** Under the field, and its accessible description. */
  helperText?: ReactNode;
  /** Keep the label above the field even while it is empty. */
  shrinkLabel?: boolean;
  htmlInput?: InputBaseComponentProps;
  startAdornment?: ReactNode;
  sx?: SxProps<Theme>;
}

/**
 * A small outlined text field, put together as MUI's TextField does (label, input, helper text
 * and their ids) without importing TextField, which brings Select, Menu and Modal with it: the
 * fields the first screen shows (the lists' search) stay light. Memoised: given stable handlers,
 * it re-renders only when what it shows changes.
 */
export const OutlinedTextField = memo(function OutlinedTextField(props: OutlinedTextFieldProps) {
  const { label, helperText, shrinkLabel } = props;
  const id = useId();
  const helperTextId = helperText ? `${id}-helper-text` : undefined;
  return (
    <FormControl size="small" error={props.error} sx={props.sx}>
      <InputLabel htmlFor={id} id={`${id}-label`} shrink={shrinkLabel}>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        notched={shrinkLabel}
        type={props.type}
        value={props.value}
        placeholder={props.placeholder}
        inputRef={props.inputRef}
        onChange={props.onChange}
        onKeyDown={props.onKeyDown}
        startAdornment={props.startAdornment}
        inputProps={props.htmlInput}
        aria-describedby={helperTextId}
      />
      {helperText ? <FormHelperText id={helperTextId}>{helperText}</FormHelperText> : null}
    </FormControl>
  );
});
