import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

export const ANY = '';

interface ChoiceFilterProps<T extends string> {
  label: string;
  value: T | typeof ANY;
  /** Besides "Any", which clears this filter. */
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
}

export function ChoiceFilter<T extends string>({
  label,
  value,
  options,
  onChange,
}: ChoiceFilterProps<T>) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(options.find((o) => o.value === event.target.value)?.value)}
      sx={{ flex: '1 1 150px', maxWidth: 220 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value={ANY} dense>
        Any
      </MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value} dense>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
