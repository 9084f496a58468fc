import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { CommentField } from '@/components/form/comment-field';
import { commentTooLong } from '@/contract/common';
import { isApiError } from '@/lib/problem';
import { useStartUpgrade } from '../api/start-upgrade';
import { nextApplicationVersion } from '../rules';
import { buildUpgradeRequest } from './build-request';
import { missingSecretsSummary } from './draft-secrets';
import { LatestNotice, reviewBlocker } from './latest-notice';
import { ReviewAccess } from './review-access';
import { ReviewConnectors } from './review-connectors';
import { useReviewLatest } from './review-latest';
import { ReviewRetype } from './review-retype';
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
  const request = buildUpgradeRequest(app, draft);
  const latest = useReviewLatest();
  const blocker = reviewBlocker(app, draft.projectVersion);
  const missing = missingSecretsSummary(draft);

  const commentRef = useRef<HTMLTextAreaElement>(null);

  const submit = () => {
    if (commentTooLong(draft.comment)) {
      commentRef.current?.focus();
      return;
    }
    latest.forget();
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
  const refresh = () => {
    start.reset();
    void latest.refresh();
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
        <CommentField
          value={draft.comment}
          onChange={(comment) => change('review', { comment })}
          error={draft.serverErrors.comment}
          inputRef={commentRef}
          hint="Recorded in the application's history with the upgrade."
        />
        <ReviewRetype missing={missing} onGoTo={() => goTo('connectors')} />
        <SubmitProblem
          error={start.error}
          fieldErrors={draft.serverErrors}
          onRetry={submit}
          retrying={start.isPending}
          onGoTo={goTo}
          onRefresh={refresh}
        />
        {!start.error && (
          <LatestNotice
            app={app}
            projectVersion={draft.projectVersion}
            refreshed={latest.found !== null}
            takenIn={latest.found?.theirs ?? []}
            onChooseVersion={() => goTo('version')}
            onRefresh={refresh}
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
            disabled={blocker !== null || missing !== ''}
          >
            Upgrade
          </Button>
        }
      />
    </>
  );
}
