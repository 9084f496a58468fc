import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { UpgradedComponent } from '@/contract/template-upgrade-records';
import { rollbackRestores } from '../../rollback-restores';

interface Props {
  /** What the upgrade changed or removed, in the record's order: what can be restored. */
  components: readonly UpgradedComponent[];
  chosen: readonly string[];
  /** Absent: read only (no permission), the choice is listed instead of offered. */
  onToggle?: (name: string, on: boolean) => void;
  error?: string;
}

/** "grafana 1.9 → back to 1.8": where each component goes (where the rollback takes it). */
export function restoreText(c: UpgradedComponent): string {
  const back = rollbackRestores({ components: [c] })[0]?.version ?? '';
  if (c.change === 'removed') return `Removed by the upgrade: brought back from ${back}`;
  return `${c.toVersion ?? ''} → back to ${back}`;
}

/** One checkbox per component the upgrade changed or removed; all of them ticked by default. */
export function ComponentChoice({ components, chosen, onToggle, error }: Props) {
  const id = useId();
  const legend = 'Components to restore';
  if (!onToggle) {
    return (
      <div>
        <Typography component="h3" variant="subtitle1" id={`${id}-legend`}>
          {legend}
        </Typography>
        <ul aria-labelledby={`${id}-legend`}>
          {components
            .filter((c) => chosen.includes(c.name))
            .map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong> <span>{restoreText(c)}</span>
              </li>
            ))}
        </ul>
      </div>
    );
  }
  return (
    <FormControl component="fieldset" error={Boolean(error)} variant="standard">
      <FormLabel component="legend" sx={{ typography: 'subtitle1', color: 'text.primary' }}>
        {legend}
      </FormLabel>
      <FormGroup>
        {components.map((c) => (
          <div key={c.name}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={chosen.includes(c.name)}
                  onChange={(event) => onToggle(c.name, event.target.checked)}
                  slotProps={{ input: { 'aria-describedby': `${id}-${c.name}` } }}
                />
              }
              label={c.name}
              slotProps={{ typography: { sx: { fontWeight: 600 } } }}
            />
            <Typography
              id={`${id}-${c.name}`}
              variant="body2"
              color="textSecondary"
              sx={{ pl: 4, mt: -1, mb: 0.5 }}
            >
              {restoreText(c)}
            </Typography>
          </div>
        ))}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
