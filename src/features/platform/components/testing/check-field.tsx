import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { useId } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Props<T extends FieldValues, TOut> {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  label: string;
  hint: string;
}

/** A required tick bound to the form: its error replaces the hint, right under it. */
export function CheckField<T extends FieldValues, TOut>({
  control,
  name,
  label,
  hint,
}: Props<T, TOut>) {
  const hintId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={Boolean(fieldState.error)}>
          <FormControlLabel
            label={label}
            control={
              <Checkbox
                name={field.name}
                checked={field.value === true}
                onChange={(e) => field.onChange(e.target.checked)}
                onBlur={field.onBlur}
                slotProps={{
                  input: {
                    ref: field.ref,
                    'aria-describedby': hintId,
                    'aria-invalid': fieldState.error ? true : undefined,
                    'aria-required': true,
                  },
                }}
              />
            }
          />
          <FormHelperText id={hintId} sx={{ mt: -0.5, ml: 4 }}>
            {fieldState.error?.message ?? hint}
          </FormHelperText>
        </FormControl>
      )}
    />
  );
}
