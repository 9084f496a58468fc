import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { newIdempotencyKey } from '@/lib/api-client';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useRunStep } from '../../api/runbook-mutations';
import { DOWNTIME_STEPS } from '../../runbook';
import { ActionError } from './action-error';
import { targetOf, type RunbookView } from './runbook-view';
import { stepLabels } from './step-text';

/** A failed step: why, whether the server is down, and Retry (which resumes right here). */
export function FailureNotice({ view }: { view: RunbookView }) {
  const { upgrade, server, canAct } = view;
  const retry = useRunStep(targetOf(view), 'retry');
  // One key per failure (the notice is keyed by it): a double click retries once.
  const [key] = useState(newIdempotencyKey);
  const once = useSingleFlight();
  const failure = upgrade.failure;
  if (!failure) return null;
  const label = stepLabels[failure.step];
  const downDone = upgrade.steps.some((s) => s.id === 'down' && s.status === 'done');
  const skipsDown = downDone && DOWNTIME_STEPS.includes(failure.step) && failure.step !== 'down';
  const start = () => once((release) => retry.mutate(key, { onError: release }));
  return (
    <Stack spacing={1}>
      <Alert
        severity="error"
        action={
          canAct ? (
            <Button color="inherit" size="small" onClick={start} loading={retry.isPending}>
              Retry
            </Button>
          ) : undefined
        }
      >
        <AlertTitle>{failure.title}</AlertTitle>
        <Typography variant="body2">{failure.detail}</Typography>
        {failure.step === 'packages' && (
          <Typography variant="body2">
            Updating packages needs root: the user running the script must be able to run sudo (a
            sudoer).
          </Typography>
        )}
        <Typography variant="body2" sx={{ fontWeight: 600, mt: 0.5 }}>
          <bdi>{upgrade.project}</bdi>
          {server.state === 'down'
            ? ' is down and unreachable.'
            : ' is still running: nothing has taken it down.'}
        </Typography>
        <Typography variant="body2">
          {`Retry resumes at ${label}${skipsDown ? ': down is not run again' : ''}.`}
        </Typography>
      </Alert>
      {retry.isError && (
        <ActionError error={retry.error} onRetry={start} retrying={retry.isPending} />
      )}
    </Stack>
  );
}
