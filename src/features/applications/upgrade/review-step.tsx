import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { newIdempotencyKey } from '@/lib/api-client';
import { isApiError } from '@/lib/problem';
import { applicationQueryOptions } from '../api/get-application';
import { applicationKeys } from '../api/keys';
import { useStartUpgrade } from '../api/start-upgrade';
import { nextApplicationVersion } from '../rules';
import { buildUpgradeRequest } from './build-request';
import { LatestNotice, reviewBlocker } from './latest-notice';
import { ReviewAccess } from './review-access';
import { ReviewConnectors } from './review-connectors';
import { BeforeAfter, ReviewSection } from './review-section';
import { ReviewUnchanged } from './review-unchanged';
import { StepHeading } from './step-heading';
import { SubmitProblem } from './submit-problem';
import { useWizard } from './wizard-context';
import { WizardNav } from './wizard-nav';

/** Step 4: every change before → after, a comment, and Upgrade. */
export function ReviewStep() {
  const { app, draft, change, record, goTo } = useWizard();
  const start = useStartUpgrade();
  const queryClient = useQueryClient();
  const request = buildUpgradeRequest(app, draft);
  const [refreshed, setRefreshed] = useState(false);
  const blocker = reviewBlocker(app, draft.projectVersion);

  const submit = () => {
    setRefreshed(false);
    start.mutate(
      { applicationId: app.id, body: request, idempotencyKey: draft.idempotencyKey },
      {
        onSuccess: (op) => goTo('progress', `?operation=${encodeURIComponent(op.id)}`),
        onError: (e) => {
          if (isApiError(e) && e.status === 422) record({ serverErrors: e.fieldErrors });
        },
      },
    );
  };
  // Re-read the application and review against it: its revision goes with the next Upgrade. A 409
  // for an upgrade already running carries no revision, so the one read is the one to trust.
  const refresh = async () => {
    start.reset();
    await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(app.id) });
    const latest = queryClient.getQueryData(applicationQueryOptions(app.id).queryKey);
    record({ revision: latest?.revision ?? draft.revision, idempotencyKey: newIdempotencyKey() });
    setRefreshed(true);
  };

  return (
    <>
      <StepHeading>Review the upgrade</StepHeading>
      <Stack spacing={3}>
        <ReviewSection title="Versions">
          <ul>
            <li>
              {'Project version: '}
              <BeforeAfter
                before={String(app.projectVersion)}
                after={String(request.projectVersion)}
              />
              {blocker === 'outdated' && ' (not higher than the deployed version)'}
            </li>
            <li>
              {'Application version: '}
              <BeforeAfter
                before={String(app.applicationVersion)}
                after={String(nextApplicationVersion(app.applicationVersion))}
              />
            </li>
          </ul>
        </ReviewSection>
        <ReviewAccess applicationId={app.id} after={draft.access} />
        <ReviewConnectors deployed={app.connectors} next={request.connectors} />
        <ReviewUnchanged app={app} />
        <TextField
          label="Comment (optional)"
          value={draft.comment}
          onChange={(e) => change('review', { comment: e.target.value })}
          multiline
          minRows={2}
          helperText="Recorded in the application's history with the upgrade."
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        <SubmitProblem
          error={start.error}
          fieldErrors={draft.serverErrors}
          onRetry={submit}
          retrying={start.isPending}
          onGoTo={goTo}
          onRefresh={() => void refresh()}
        />
        {!start.error && (
          <LatestNotice
            app={app}
            projectVersion={draft.projectVersion}
            refreshed={refreshed}
            onChooseVersion={() => goTo('version')}
            onRefresh={() => void refresh()}
          />
        )}
        {start.isPending && <Typography role="status">Starting the upgrade…</Typography>}
      </Stack>
      <WizardNav
        step="review"
        primary={
          <Button
            variant="contained"
            onClick={submit}
            loading={start.isPending}
            disabled={blocker !== null}
          >
            Upgrade
          </Button>
        }
      />
    </>
  );
}
