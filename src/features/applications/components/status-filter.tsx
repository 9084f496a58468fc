import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { SelectPlaceholder } from '@/components/list/select-placeholder';
import { useSelectParts } from '@/components/list/use-select-parts';
import { ApplicationStatus } from '@/contract/applications';
import { statusLabels } from './labels';

const LABEL_ID = 'applications-status-filter-label';
const sx = { flex: '1 1 160px', maxWidth: 260 };

const describe = (selected: readonly ApplicationStatus[]) =>
  selected.length === 0 ? 'Any' : selected.map((s) => statusLabels[s]).join(', ');

interface StatusFilterProps {
  value: readonly ApplicationStatus[];
  onChange: (status: ApplicationStatus[]) => void;
}

/** Several statuses at once; none selected means any status. */
export function StatusFilter({ value, onChange }: StatusFilterProps) {
  const parts = useSelectParts();
  if (!parts) return <SelectPlaceholder label="Status" value={describe(value)} sx={sx} />;
  const { FormControl, InputLabel, OutlinedInput, Select, MenuItem, ListItemIcon, ListItemText } =
    parts;
  return (
    <FormControl size="small" sx={sx}>
      <InputLabel id={LABEL_ID} shrink>
        Status
      </InputLabel>
      <Select<ApplicationStatus[]>
        multiple
        displayEmpty
        labelId={LABEL_ID}
        value={[...value]}
        input={<OutlinedInput notched label="Status" />}
        renderValue={describe}
        onChange={(event) => {
          const raw = event.target.value;
          const picked = typeof raw === 'string' ? raw.split(',') : raw;
          onChange(ApplicationStatus.options.filter((s) => picked.includes(s)));
        }}
      >
        {ApplicationStatus.options.map((status) => (
          <MenuItem key={status} value={status} dense>
            {/* An icon, not a Checkbox: a focusable control inside an option is nested-interactive. */}
            <ListItemIcon sx={{ minWidth: 32 }}>
              {value.includes(status) ? (
                <CheckBoxIcon fontSize="small" color="primary" />
              ) : (
                <CheckBoxOutlineBlankIcon fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText primary={statusLabels[status]} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
