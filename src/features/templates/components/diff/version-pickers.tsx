import Stack from '@mui/material/Stack';
import { SelectPlaceholder } from '@/components/list/select-placeholder';
import { useSelectParts } from '@/components/list/use-select-parts';

interface Props {
  versions: readonly string[];
  from: string;
  to: string;
  onChange: (change: { from?: string; to?: string }) => void;
}

const sides = ['from', 'to'] as const;
const labels = { from: 'From version', to: 'To version' } as const;
const fieldSx = { minWidth: 150 };

/**
 * From and To: any two published versions (an unknown one from the URL is still shown). MUI's
 * select comes with the lists' select parts, after the page has painted: placeholders of the same
 * size stand in until then, so a large diff's first rows do not wait for its code.
 */
export function VersionPickers({ versions, from, to, onChange }: Props) {
  const parts = useSelectParts();
  const choices = (current: string) =>
    versions.includes(current) || !current ? versions : [current, ...versions];
  const labelOf = (v: string) => (!v || versions.includes(v) ? v : `${v} (not published)`);
  return (
    <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap' }}>
      {sides.map((side) => {
        const value = side === 'from' ? from : to;
        if (!parts) {
          return (
            <SelectPlaceholder
              key={side}
              label={labels[side]}
              value={labelOf(value)}
              sx={fieldSx}
            />
          );
        }
        const { TextField, MenuItem } = parts;
        return (
          <TextField
            key={side}
            select
            size="small"
            label={labels[side]}
            value={value}
            onChange={(e) => onChange({ [side]: e.target.value })}
            sx={fieldSx}
          >
            {choices(value).map((v) => (
              <MenuItem key={v} value={v}>
                {labelOf(v)}
              </MenuItem>
            ))}
          </TextField>
        );
      })}
    </Stack>
  );
}
