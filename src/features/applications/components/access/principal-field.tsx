import Box from '@mui/material/Box';
import { Controller, type Control } from 'react-hook-form';
import { itemErrorMessages } from '@/components/form/field-errors';
import type { AccessFormField, AccessFormValues } from './access-form';
import type { DirectoryKind } from './directory-search';
import { PrincipalPicker } from './principal-picker';

interface Props {
  control: Control<AccessFormValues, unknown, AccessFormValues>;
  name: AccessFormField;
  label: string;
  kind: DirectoryKind;
}

/** A PrincipalPicker bound to the form: each refused entry is marked and explained. */
export function PrincipalField({ control, name, label, kind }: Props) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        // Shares a row equally with its neighbour.
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <PrincipalPicker
            label={label}
            kind={kind}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            errors={itemErrorMessages(fieldState.error)}
            error={fieldState.error?.message}
            helperText={`Search ${kind} by name.`}
          />
        </Box>
      )}
    />
  );
}
