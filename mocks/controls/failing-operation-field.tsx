import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { operationKindIds } from '../core/operations';

/** Every operation of the chosen kind fails at its last step (e.g. a version switch). */
export function FailingOperationField({
  value,
  onChange,
}: {
  value: string | null | undefined;
  onChange: (kind: string | null) => void;
}) {
  return (
    <TextField
      select
      label="Operation that fails (at its last step)"
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <MenuItem value="">None</MenuItem>
      {operationKindIds().map((kind) => (
        <MenuItem key={kind} value={kind}>
          {kind}
        </MenuItem>
      ))}
    </TextField>
  );
}
