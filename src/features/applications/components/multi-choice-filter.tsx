import { useId } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { SelectPlaceholder } from '@/components/list/select-placeholder';
import { useSelectParts } from '@/components/list/use-select-parts';

export interface MultiChoiceOption {
  value: string;
  label: string;
}

interface MultiChoiceFilterProps {
  label: string;
  value: readonly string[];
  options: readonly MultiChoiceOption[];
  /** Picked values in the options' order. */
  onChange: (value: string[]) => void;
  /** Shown as a disabled entry when there is nothing to pick (loading, failed). */
  placeholder?: string;
  /** Id of a message about the field, e.g. why its options are missing. */
  describedBy?: string;
  sx?: SxProps<Theme>;
}

/** Several values at once; none selected means any. */
export function MultiChoiceFilter({
  label,
  value,
  options,
  onChange,
  placeholder,
  describedBy,
  sx,
}: MultiChoiceFilterProps) {
  const labelId = useId();
  const parts = useSelectParts();
  // Shown in the options' order whatever order the URL gave; a value not (yet) among them last.
  const shown = (selected: readonly string[]) =>
    selected.length === 0
      ? 'Any'
      : [
          ...options.filter((o) => selected.includes(o.value)).map((o) => o.label),
          ...selected.filter((v) => !options.some((o) => o.value === v)),
        ].join(', ');
  if (!parts) return <SelectPlaceholder label={label} value={shown(value)} sx={sx} />;
  const { FormControl, InputLabel, OutlinedInput, Select, MenuItem, ListItemIcon, ListItemText } =
    parts;
  return (
    <FormControl size="small" sx={sx}>
      <InputLabel id={labelId} shrink>
        {label}
      </InputLabel>
      <Select<string[]>
        multiple
        displayEmpty
        labelId={labelId}
        inputProps={{ 'aria-describedby': describedBy }}
        value={[...value]}
        input={<OutlinedInput notched label={label} />}
        renderValue={shown}
        onChange={(event) => {
          const raw = event.target.value;
          const picked = typeof raw === 'string' ? raw.split(',') : raw;
          onChange(options.filter((o) => picked.includes(o.value)).map((o) => o.value));
        }}
      >
        {options.length === 0 && placeholder ? (
          <MenuItem disabled dense>
            {placeholder}
          </MenuItem>
        ) : null}
        {options.map((option) => (
          <MenuItem key={option.value} value={option.value} dense>
            {/* An icon, not a Checkbox: a focusable control inside an option is nested-interactive. */}
            <ListItemIcon sx={{ minWidth: 32 }}>
              {value.includes(option.value) ? (
                <CheckBoxIcon fontSize="small" color="primary" />
              ) : (
                <CheckBoxOutlineBlankIcon fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText primary={option.label} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
