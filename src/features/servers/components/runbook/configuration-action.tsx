import Stack from '@mui/material/Stack';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useCompleteStep } from '../../api/runbook-mutations';
import { ConfigurationStep } from '../configuration/configuration-step';
import { ActionError } from './action-error';
import { targetOf, type RunbookView } from './runbook-view';

/** Step 3: global.yaml kept or saved, then the step is marked done on the server. */
export function ConfigurationAction({ view }: { view: RunbookView }) {
  const complete = useCompleteStep(targetOf(view));
  const once = useSingleFlight();
  const mark = () =>
    once((release) => complete.mutate({ step: 'configuration', body: {} }, { onError: release }));
  return (
    <Stack spacing={1.5} sx={{ minWidth: 0 }}>
      <ConfigurationStep
        serverId={view.server.id}
        files={view.server.files}
        newOptions={view.plan?.configOptions ?? []}
        onDone={mark}
        readOnly={!view.canAct}
      />
      {complete.isError && (
        <ActionError error={complete.error} onRetry={mark} retrying={complete.isPending} />
      )}
    </Stack>
  );
}
