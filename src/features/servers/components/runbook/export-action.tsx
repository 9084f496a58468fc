import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { newIdempotencyKey } from '@/lib/api-client';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useRunStep } from '../../api/runbook-mutations';
import { ActionError } from './action-error';
import { targetOf, type RunbookView } from './runbook-view';

/** Run here: the agent runs `export` with the saved global.yaml. One key: it starts once. */
export function ExportAction({ view }: { view: RunbookView }) {
  const run = useRunStep(targetOf(view), 'export');
  const [key] = useState(newIdempotencyKey);
  const once = useSingleFlight();
  const start = () => once((release) => run.mutate(key, { onError: release }));
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button variant="contained" onClick={start} loading={run.isPending || run.isSuccess}>
        Run export
      </Button>
      {run.isError && <ActionError error={run.error} onRetry={start} retrying={run.isPending} />}
    </Stack>
  );
}
