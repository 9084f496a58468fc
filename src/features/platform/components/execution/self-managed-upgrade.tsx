import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ActionError } from './action-error';
import { ApplyAndExitDialog } from './apply-and-exit-dialog';
import { ExecutionFailure } from './execution-failure';
import { ExecutionProgress } from './execution-progress';
import { ExecutionSteps } from './execution-steps';
import { canStart, startBlocker, type ExecutionView } from './execution-view';
import { MaintenanceSwitch } from './maintenance-switch';
import { useStartExecutionFlow } from './use-start-execution';

const DOWNLOADS = 'https://www.outsystems.com/home/downloads/';

/**
 * Self-managed: maintenance mode, the installer and its Installation Checklist, then Apply and
 * Exit, which confirms what the Configuration Tool publishes and starts the upgrade.
 */
export function SelfManagedUpgrade({ view }: { view: ExecutionView }) {
  const { plan, env, environment, canAct } = view;
  const [open, setOpen] = useState(false);
  const { start, send } = useStartExecutionFlow(view);
  const withModulePreparation = plan.publishMode === 'gradual' && env.kind === 'application';
  const blocked = startBlocker(plan, env);
  const zeroDowntime = env.strategy === 'zero-downtime' && env.kind === 'application';
  const product = env.kind === 'lifetime' ? 'LifeTime' : 'Platform Server';
  const retry = () =>
    void send({
      confirm: {
        serviceCenter: true,
        systemComponents: true,
        modulePreparation: withModulePreparation,
      },
    });
  return (
    <Stack spacing={2}>
      {environment && (
        <MaintenanceSwitch
          environment={environment}
          canAct={canAct}
          execution={env.execution.status}
        />
      )}
      <Box component="ol" sx={{ m: 0, pl: 3, '& li': { mb: 0.5 } }}>
        <li>
          <Link href={DOWNLOADS} target="_blank" rel="noopener noreferrer">
            {`Download the ${product} installer (${plan.to})`}
          </Link>
        </li>
        <li>
          <Typography variant="body2">
            {`Follow the Installation Checklist for ${product} ${plan.to}: select the corresponding upgrade option and follow the instructions.`}
          </Typography>
        </li>
        <li>
          <Typography variant="body2">
            Click Apply and Exit in the Configuration Tool and confirm what it runs.
          </Typography>
        </li>
      </Box>
      <ExecutionSteps env={env} label={zeroDowntime ? 'Zero-downtime steps' : `${product} steps`} />
      <ExecutionProgress env={env} />
      <ExecutionFailure env={env} onRetry={canAct ? retry : undefined} retrying={start.isPending} />
      {canAct && env.execution.status === 'not-started' && (
        <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Button variant="contained" onClick={() => setOpen(true)} disabled={blocked !== null}>
            Apply and Exit
          </Button>
          {blocked && (
            <Typography variant="body2" color="textSecondary">
              {blocked}
            </Typography>
          )}
        </Stack>
      )}
      {!open && start.isError && canStart(env) && (
        <ActionError error={start.error} onRetry={retry} retrying={start.isPending} />
      )}
      {open && (
        <ApplyAndExitDialog
          environmentName={env.name}
          withModulePreparation={withModulePreparation}
          busy={start.isPending}
          error={start.isError ? <ActionError error={start.error} /> : null}
          onClose={() => {
            start.reset();
            setOpen(false);
          }}
          onConfirm={(confirm) =>
            void send({ confirm }).then((started) => {
              if (started) setOpen(false);
            })
          }
        />
      )}
    </Stack>
  );
}
