import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { Operation } from '@/contract/operations';

/** The step running now, else the last one done: what the work is busy with. */
function currentStep(operation: Operation): string | undefined {
  const running = operation.steps.find((s) => s.status === 'running');
  if (running) return running.title;
  return operation.steps.findLast((s) => s.status === 'done')?.title;
}

/**
 * One line of progress for a banner or a row: the bar, the percentage and the current step.
 * Indeterminate until the operation has been read. The full view is OperationProgress.
 */
export function CompactOperationProgress({
  operation,
  label,
}: {
  /** Undefined while it loads. */
  operation: Operation | undefined;
  /** Names the bar, e.g. "Switch to 2.4.0"; the percentage is added. */
  label: string;
}) {
  const step = operation ? currentStep(operation) : undefined;
  return (
    <Box sx={{ minWidth: 0 }}>
      <LinearProgress
        variant={operation ? 'determinate' : 'indeterminate'}
        value={operation?.progress}
        aria-label={operation ? `${label}: ${String(operation.progress)}%` : `${label}: starting`}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Typography variant="body2" color="textSecondary" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
        {operation ? `${String(operation.progress)}%` : 'Starting…'}
        {step ? ` · ${step}` : ''}
      </Typography>
    </Box>
  );
}
