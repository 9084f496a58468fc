import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { useId } from 'react';
import type { PlatformApp } from '@/contract/platform';
import { formatCount } from '@/lib/format';

interface Props {
  apps: readonly PlatformApp[];
  /** Already in the new version: shown ticked, not chosen again. */
  published: readonly string[];
  chosen: readonly string[];
  error?: string;
  onChange: (chosen: string[]) => void;
}

/** The applications to publish now, at the teams' pace. */
export function GradualApps({ apps, published, chosen, error, onChange }: Props) {
  const labelId = useId();
  const errorId = useId();
  return (
    <FormControl component="fieldset" error={Boolean(error)}>
      <FormLabel component="legend" id={labelId}>
        Applications to publish now
      </FormLabel>
      <FormGroup>
        {apps.map((app) => {
          const done = published.includes(app.name);
          return (
            <FormControlLabel
              key={app.name}
              label={
                <>
                  <bdi>{app.name}</bdi>
                  {` (${app.kind}, ${formatCount(app.modules)} modules)${done ? ': published' : ''}`}
                </>
              }
              control={
                <Checkbox
                  checked={done || chosen.includes(app.name)}
                  disabled={done}
                  onChange={(e) =>
                    onChange(
                      e.target.checked
                        ? [...chosen, app.name]
                        : chosen.filter((name) => name !== app.name),
                    )
                  }
                  slotProps={{ input: { 'aria-describedby': error ? errorId : undefined } }}
                />
              }
            />
          );
        })}
      </FormGroup>
      {error && <FormHelperText id={errorId}>{error}</FormHelperText>}
    </FormControl>
  );
}
