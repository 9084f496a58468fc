import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { absoluteTime } from '@/lib/format';
import { useDialogLinkState } from '@/lib/route-dialog';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useCancelSchedule } from '../../api/runbook-mutations';
import { isReady } from '../../runbook';
import { ActionError } from './action-error';
import { targetOf, type RunbookView } from './runbook-view';

/** Step 6 starts from the downtime dialog; a scheduled start can be cancelled until it comes. */
export function DowntimeControl({ view }: { view: RunbookView }) {
  const { upgrade, server, canAct } = view;
  const linkState = useDialogLinkState();
  const cancel = useCancelSchedule(targetOf(view));
  const once = useSingleFlight();
  const stop = () => once((release) => cancel.mutate(undefined, { onSettled: release }));

  if (upgrade.status === 'scheduled' && upgrade.scheduledAt) {
    return (
      <Stack spacing={1}>
        <Alert
          severity="info"
          action={
            canAct ? (
              <Button color="inherit" size="small" onClick={stop} loading={cancel.isPending}>
                Cancel the scheduled upgrade
              </Button>
            ) : undefined
          }
        >
          <AlertTitle>{`Scheduled for ${absoluteTime(upgrade.scheduledAt)}`}</AlertTitle>
          Down runs then. Until it starts nothing is stopped, and the schedule can be cancelled.
        </Alert>
        {cancel.isError && <ActionError error={cancel.error} onRetry={stop} />}
      </Stack>
    );
  }
  if (upgrade.status !== 'preparing') return null;
  if (!isReady(upgrade.steps, 'down') || upgrade.operationId) {
    return (
      <Typography variant="body2" color="textSecondary">
        Available once steps 1 to 5 are done.
      </Typography>
    );
  }
  if (!canAct) {
    return (
      <Typography variant="body2" color="textSecondary">
        Waiting for an administrator or operator to confirm the downtime.
      </Typography>
    );
  }
  return (
    <Button
      variant="contained"
      component={Link}
      to={paths.servers.downtime.href(server.id)}
      state={linkState}
      sx={{ alignSelf: 'flex-start' }}
    >
      Confirm the downtime
    </Button>
  );
}
