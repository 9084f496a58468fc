import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useRef, useState } from 'react';
import { PanelError } from '@/components/feedback/panel-error';
import type { EndpointBody } from '@/contract/endpoint';
import type { endpoints } from '@/contract/endpoints';
import type { ChangeReview } from '@/contract/platform-plans';
import { isApiError } from '@/lib/problem';
import { useReviewBreakingChange } from '../../api/review-breaking-change';
import { NeedsFixForm } from './needs-fix-form';

type Verdict = EndpointBody<typeof endpoints.reviewBreakingChange>;

interface Props {
  planId: string;
  change: ChangeReview;
}

/** Mark reviewed at once, or say it needs a fix with an estimate. */
export function ReviewActions({ planId, change }: Props) {
  const review = useReviewBreakingChange();
  const [fixing, setFixing] = useState(false);
  const fixButton = useRef<HTMLButtonElement>(null);

  const send = (body: Verdict) => review.mutateAsync({ planId, changeId: change.id, body });
  const markReviewed = () => send({ verdict: 'reviewed' }).catch(() => undefined);
  const close = () => {
    setFixing(false);
    review.reset();
    // The form's buttons are gone: back to the one that opened it.
    requestAnimationFrame(() => fixButton.current?.focus());
  };

  // A refusal of the estimate stays at its field; anything else is said here with a Retry.
  const failed =
    review.isError && !(isApiError(review.error) && review.error.status === 422)
      ? review.error
      : null;
  const retry = () => {
    const last = review.variables?.body;
    if (!last) return;
    void send(last)
      .then(() => (last.verdict === 'needs-fix' ? close() : undefined))
      .catch(() => undefined);
  };

  return (
    <Stack spacing={1.5}>
      {fixing ? (
        <NeedsFixForm
          change={change}
          saving={review.isPending}
          onCancel={close}
          onSave={async (estimateHours, note) => {
            await send({ verdict: 'needs-fix', estimateHours, note });
            close();
          }}
        />
      ) : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {change.review !== 'reviewed' ? (
            <Button
              variant="outlined"
              size="small"
              onClick={() => void markReviewed()}
              loading={review.isPending}
            >
              Mark reviewed
            </Button>
          ) : null}
          <Button
            ref={fixButton}
            size="small"
            onClick={() => setFixing(true)}
            disabled={review.isPending}
          >
            {change.review === 'needs-fix' ? 'Change the estimate…' : 'Needs a fix…'}
          </Button>
        </Stack>
      )}
      {failed ? (
        <PanelError
          error={failed}
          title="The review was not saved"
          onRetry={retry}
          retrying={review.isPending}
        />
      ) : null}
    </Stack>
  );
}
