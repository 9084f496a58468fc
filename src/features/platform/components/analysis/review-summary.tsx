import Typography from '@mui/material/Typography';
import type { ChangeReview } from '@/contract/platform-plans';
import { estimateTotal } from '../../plan-rules';

/** "7 of 9 reviewed · 1 needs a fix · 6 hours of fixing estimated". */
export function reviewSummaryText(changes: readonly ChangeReview[]): string {
  const reviewed = changes.filter((c) => c.review !== 'unreviewed').length;
  const fixes = changes.filter((c) => c.review === 'needs-fix').length;
  const hours = estimateTotal(changes);
  return [
    `${String(reviewed)} of ${String(changes.length)} reviewed`,
    `${String(fixes)} ${fixes === 1 ? 'needs' : 'need'} a fix`,
    `${String(hours)} ${hours === 1 ? 'hour' : 'hours'} of fixing estimated`,
  ].join(' · ');
}

export function ReviewSummary({ changes }: { changes: readonly ChangeReview[] }) {
  return (
    <Typography role="status" sx={{ fontWeight: 600 }}>
      {reviewSummaryText(changes)}
    </Typography>
  );
}
