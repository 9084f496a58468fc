import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

interface Props {
  versions: readonly string[];
  from: string;
  to: string;
  onChange: (change: { from?: string; to?: string }) => void;
}

/** From and To: any two published versions (an unknown one from the URL is still shown). */
export function VersionPickers({ versions, from, to, onChange }: Props) {
  const choices = (current: string) =>
    versions.includes(current) || !current ? versions : [current, ...versions];
  return (
    <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap' }}>
      {(['from', 'to'] as const).map((side) => {
        const value = side === 'from' ? from : to;
        return (
          <TextField
            key={side}
            select
            size="small"
            label={side === 'from' ? 'From version' : 'To version'}
            value={value}
            onChange={(e) => onChange({ [side]: e.target.value })}
            sx={{ minWidth: 150 }}
          >
            {choices(value).map((v) => (
              <MenuItem key={v} value={v}>
                {versions.includes(v) ? v : `${v} (not published)`}
              </MenuItem>
            ))}
          </TextField>
        );
      })}
    </Stack>
  );
}
