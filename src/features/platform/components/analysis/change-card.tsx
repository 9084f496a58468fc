import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Can } from '@/components/layout/require-permission';
import type { ChangeReview } from '@/contract/platform-plans';
import { ReviewActions } from './review-actions';
import { ReviewState } from './review-state';

const kindLabels: Record<ChangeReview['kind'], string> = {
  'breaking-change': 'Breaking change',
  'side-effect': 'Side effect',
};

/** One crossed change: what it is, where it bites, its verdict and (for planners) the review. */
export function ChangeCard({ planId, change }: { planId: string; change: ChangeReview }) {
  const titleId = useId();
  return (
    <Paper
      component="article"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{ p: 2, minWidth: 0 }}
    >
      <Stack spacing={1}>
        <div>
          <Typography
            id={titleId}
            component="h4"
            variant="subtitle1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {change.title}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {`${kindLabels[change.kind]} · ${change.area}`}
          </Typography>
        </div>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {change.detail}
        </Typography>
        <ReviewState change={change} />
        <Can permission="platform:plan">
          <ReviewActions planId={planId} change={change} />
        </Can>
      </Stack>
    </Paper>
  );
}
