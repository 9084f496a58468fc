import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { OperationProgress } from '@/components/operation/operation-progress';
import { paths } from '@/config/paths';
import { newIdempotencyKey } from '@/lib/api-client';
import { useOperation } from '@/lib/operations';
import { applicationKeys } from '../api/keys';
import { useStartUpgrade } from '../api/start-upgrade';
import { buildUpgradeRequest } from './build-request';
import { missingSecretsSummary } from './draft-secrets';
import { ReviewRetype } from './review-retype';
import { StepHeading } from './step-heading';
import { useWizard } from './wizard-context';

const versionOf = (result: unknown, key: string) =>
  typeof result === 'object' && result !== null && key in result
    ? String((result as Record<string, unknown>)[key])
    : '?';

/** Step 5: live progress of the upgrade (its id is in the URL, so a reload shows the same one). */
export function ProgressStep() {
  const { app, draft, discard, goTo } = useWizard();
  const [search] = useSearchParams();
  const operation = useOperation(search.get('operation') ?? undefined);
  const retry = useStartUpgrade();
  const queryClient = useQueryClient();
  const status = operation.data?.status;
  // After a reload, secret values must be typed again before the same upgrade can be retried.
  const missing = missingSecretsSummary(draft);

  useEffect(() => {
    if (status !== 'succeeded') return;
    discard();
    void queryClient.invalidateQueries({ queryKey: applicationKeys.all });
  }, [status, discard, queryClient]);

  const again = () =>
    retry.mutate(
      {
        applicationId: app.id,
        body: buildUpgradeRequest(app, draft),
        idempotencyKey: newIdempotencyKey(),
      },
      { onSuccess: (op) => goTo('progress', `?operation=${encodeURIComponent(op.id)}`) },
    );
  const back = (
    <Button component={RouterLink} to={paths.applications.detail.href(app.id)} variant="contained">
      {`Back to ${app.name}`}
    </Button>
  );

  return (
    <>
      <StepHeading>Upgrading {app.name}</StepHeading>
      {!search.get('operation') && <Alert severity="info">No upgrade has been started yet.</Alert>}
      {operation.isError && (
        <PanelError error={operation.error} onRetry={() => void operation.refetch()} />
      )}
      {operation.data && (
        <OperationProgress
          operation={operation.data}
          outcome={
            status === 'succeeded' ? (
              <Alert severity="success" role="status">
                {`${app.name} now runs project version ${versionOf(operation.data.result, 'projectVersion')} (application version ${versionOf(operation.data.result, 'applicationVersion')}). Running work finishes on its version; new work uses the new one.`}
              </Alert>
            ) : status === 'failed' ? (
              <Alert severity="info" role="status">
                {`${app.name} still runs project version ${String(app.projectVersion)} (application version ${String(app.applicationVersion)}): nothing was changed and running work goes on. Retry starts the same upgrade again; Back to review lets you change it first.`}
              </Alert>
            ) : null
          }
        />
      )}
      {retry.isError && (
        <PanelError error={retry.error} onRetry={again} retrying={retry.isPending} />
      )}
      {status === 'failed' && <ReviewRetype missing={missing} onGoTo={() => goTo('connectors')} />}
      <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
        {status === 'succeeded' && back}
        {status === 'failed' && (
          <>
            {!missing && (
              <Button variant="contained" onClick={again} loading={retry.isPending}>
                Retry
              </Button>
            )}
            <Button onClick={() => goTo('review')}>Back to review</Button>
          </>
        )}
      </Stack>
    </>
  );
}
