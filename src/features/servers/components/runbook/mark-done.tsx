import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { RunbookStepId } from '@/contract/server-upgrades';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useCompleteStep } from '../../api/runbook-mutations';
import { ActionError } from './action-error';
import { targetOf, type RunbookView } from './runbook-view';

/** Manual mode: the operator ran the step's commands on the server and says so. */
export function MarkDone({ view, step }: { view: RunbookView; step: RunbookStepId }) {
  const complete = useCompleteStep(targetOf(view));
  const once = useSingleFlight();
  const mark = () => once((release) => complete.mutate({ step, body: {} }, { onError: release }));
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button variant="contained" onClick={mark} loading={complete.isPending}>
        I ran this
      </Button>
      {complete.isError && (
        <ActionError error={complete.error} onRetry={mark} retrying={complete.isPending} />
      )}
    </Stack>
  );
}
