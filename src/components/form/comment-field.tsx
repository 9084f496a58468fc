import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { COMMENT_MAX, COMMENT_TOO_LONG, commentLength } from '@/contract/common';

type TextProps = Omit<
  TextFieldProps,
  'value' | 'defaultValue' | 'onChange' | 'error' | 'helperText' | 'multiline'
>;

type Props = TextProps & {
  value: string;
  onChange: (value: string) => void;
  /** What the comment is kept for, e.g. "Recorded with the change in the History tab." */
  hint: string;
  /** The server's or the form's message for the comment. */
  error?: string;
};

/**
 * The comment recorded with a change. Counts as it is typed and says at the field when it is
 * too long, but never cuts it: what was typed stays, to be shortened by the person.
 */
export function CommentField({
  value,
  onChange,
  hint,
  error,
  label = 'Comment (optional)',
  minRows = 2,
  ...props
}: Props) {
  const length = commentLength(value);
  const message = length > COMMENT_MAX ? COMMENT_TOO_LONG : error;
  return (
    <TextField
      {...props}
      label={label}
      multiline
      minRows={minRows}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(message)}
      helperText={
        <>
          {/* Announced once when it appears; the count is read with the field, not per key. */}
          <span aria-live="polite">{message ?? ''}</span>
          {`${message ? '' : hint} ${String(length)} of ${String(COMMENT_MAX)} characters`}
        </>
      }
    />
  );
}

type FormProps<T extends FieldValues, TOut> = Omit<
  Props,
  'value' | 'onChange' | 'error' | 'name' | 'inputRef' | 'onBlur'
> & {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
};

/** The comment field bound to a react-hook-form field; a refused submit focuses it. */
export function FormCommentField<T extends FieldValues, TOut = T>({
  control,
  name,
  ...props
}: FormProps<T, TOut>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <CommentField
          {...props}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          disabled={props.disabled ?? field.disabled}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
