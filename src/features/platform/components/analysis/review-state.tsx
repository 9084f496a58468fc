import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import BuildOutlinedIcon from '@mui/icons-material/BuildOutlined';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import type { ChangeReview } from '@/contract/platform-plans';
import { absoluteTime } from '@/lib/format';

const hours = (n: number) => `${String(n)} ${n === 1 ? 'hour' : 'hours'}`;

/** The verdict in words with an icon beside it, who gave it and when. */
export function ReviewState({ change }: { change: ChangeReview }) {
  const by = change.reviewedBy ? ` by ${change.reviewedBy.name}` : '';
  const at = change.reviewedAt ? ` on ${absoluteTime(change.reviewedAt)}` : '';
  let icon;
  let text;
  if (change.review === 'reviewed') {
    icon = <CheckCircleOutlineIcon fontSize="small" color="success" aria-hidden="true" />;
    text = `Reviewed${by}${at}`;
  } else if (change.review === 'needs-fix') {
    icon = <BuildOutlinedIcon fontSize="small" color="warning" aria-hidden="true" />;
    text = `Needs a fix: ${hours(change.estimateHours ?? 0)} estimated${by}${at}`;
  } else {
    icon = <RadioButtonUncheckedIcon fontSize="small" color="disabled" aria-hidden="true" />;
    text = 'Not reviewed yet';
  }
  return (
    <div>
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
        {icon}
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {text}
        </Typography>
      </Stack>
      {change.note ? (
        <Typography
          variant="body2"
          color="textSecondary"
          sx={{ ml: 3.5, overflowWrap: 'anywhere' }}
        >
          {'Note: '}
          <bdi>{change.note}</bdi>
        </Typography>
      ) : null}
    </div>
  );
}
