import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RunbookStep } from '@/contract/server-upgrades';
import { clockTime, formatDuration, statusLabels } from './step-text';

function StatusIcon({ status }: { status: RunbookStep['status'] }) {
  switch (status) {
    case 'done':
      return <CheckCircleIcon color="success" fontSize="small" aria-hidden="true" />;
    case 'failed':
      return <ErrorIcon color="error" fontSize="small" aria-hidden="true" />;
    case 'running':
      return <CircularProgress size={16} aria-hidden="true" />;
    case 'skipped':
      return <RemoveCircleOutlineIcon color="disabled" fontSize="small" aria-hidden="true" />;
    case 'pending':
      return <RadioButtonUncheckedIcon color="disabled" fontSize="small" aria-hidden="true" />;
  }
}

/** "Done · 10:02:03 → 10:02:43 (40 s)", "Running since 10:02:03", "Pending". */
export function stateText(step: RunbookStep): string {
  const { status, startedAt, finishedAt } = step;
  if (status === 'running' && startedAt) return `Running since ${clockTime(startedAt)}`;
  if ((status === 'done' || status === 'failed') && finishedAt) {
    const took =
      startedAt === null
        ? ''
        : ` (${formatDuration(Date.parse(finishedAt) - Date.parse(startedAt))})`;
    const from = startedAt === null || startedAt === finishedAt ? '' : `${clockTime(startedAt)} → `;
    return `${statusLabels[status]} · ${from}${clockTime(finishedAt)}${took}`;
  }
  return statusLabels[status];
}

/** A step's live state, with its times. */
export function StepState({ step }: { step: RunbookStep }) {
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
      <StatusIcon status={step.status} />
      <Typography
        variant="body2"
        color={step.status === 'failed' ? 'error' : 'textSecondary'}
        data-step-state={step.status}
      >
        {stateText(step)}
      </Typography>
    </Stack>
  );
}
