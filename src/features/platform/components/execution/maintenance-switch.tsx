import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { PlatformEnvironment } from '@/contract/platform';
import type { Execution } from '@/contract/platform-plans';
import { useSetMaintenanceMode } from '../../api/maintenance-mutations';
import { ActionError } from './action-error';

const ADVICE =
  'While upgrading the Platform Server, consider enabling maintenance mode in the environment to avoid unnecessary communication attempts from the LifeTime console.';

/** What to do with the switch now, if anything. */
function advice(execution: Execution['status'], on: boolean): string {
  if (on && execution === 'done')
    return ' The Platform Server is upgraded: turn it off, so LifeTime reaches the environment again.';
  if (!on && (execution === 'running' || execution === 'failed'))
    return ' It is off: turn it on for the upgrade.';
  return '';
}

interface Props {
  environment: PlatformEnvironment;
  canAct: boolean;
  /** On is what the seed recommends while it runs; once done, off lets LifeTime in again. */
  execution: Execution['status'];
}

/** Maintenance mode, on or off in words; a switch for those who may change it. */
export function MaintenanceSwitch({ environment, canAct, execution }: Props) {
  const set = useSetMaintenanceMode(environment.id);
  const hintId = useId();
  const on = set.isPending ? set.variables : environment.maintenanceMode;
  const state = on ? 'On' : 'Off';
  const toggle = (enabled: boolean) => void set.mutateAsync(enabled).catch(() => undefined);
  return (
    <Stack spacing={1}>
      {canAct ? (
        <FormControlLabel
          control={
            <Switch
              checked={on}
              onChange={(e) => toggle(e.target.checked)}
              disabled={set.isPending}
              slotProps={{ input: { 'aria-describedby': hintId } }}
            />
          }
          label={`Maintenance mode: ${state}`}
        />
      ) : (
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {`Maintenance mode: ${state}`}
        </Typography>
      )}
      <FormHelperText id={hintId} sx={{ mt: 0 }}>
        {ADVICE}
        {advice(execution, on)}
      </FormHelperText>
      {set.isError && (
        <ActionError
          error={set.error}
          onRetry={() => toggle(set.variables)}
          retrying={set.isPending}
        />
      )}
    </Stack>
  );
}
