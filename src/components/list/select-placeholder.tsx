import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';

interface SelectPlaceholderProps {
  label: string;
  /** What the select will show: "Any", the chosen values. */
  value: string;
  sx?: SxProps<Theme>;
}

/**
 * Where a small outlined select goes until its code has loaded (use-select-parts.ts): the same
 * label, text and size, so nothing moves when it arrives; inert and hidden from assistive
 * technology meanwhile.
 */
export function SelectPlaceholder({ label, value, sx }: SelectPlaceholderProps) {
  return (
    <FormControl size="small" sx={sx} inert aria-hidden="true">
      <InputLabel shrink>{label}</InputLabel>
      <OutlinedInput
        notched
        label={label}
        value={value}
        readOnly
        inputProps={{ tabIndex: -1 }}
        sx={{ '& input': { pr: 4, textOverflow: 'ellipsis' } }}
        endAdornment={
          <ArrowDropDownIcon
            sx={{
              position: 'absolute',
              right: 7,
              top: 'calc(50% - .5em)',
              color: 'action.active',
              pointerEvents: 'none',
            }}
          />
        }
      />
    </FormControl>
  );
}
