import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Operation } from '@/contract/operations';
import { OperationLog } from './operation-log';
import { OperationSteps } from './operation-steps';

const statusText: Record<Operation['status'], string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Live view of one operation: progress, steps, log, and how it ended. */
export function OperationProgress({
  operation,
  outcome,
}: {
  operation: Operation;
  /** What the finished work means, shown right under the bar so it is seen without scrolling. */
  outcome?: ReactNode;
}) {
  const label = `${operation.title}: ${statusText[operation.status]}, ${operation.progress}%`;
  return (
    <Stack spacing={2}>
      <Box>
        <Stack direction="row" sx={{ justifyContent: 'space-between', mb: 0.5 }}>
          <Typography variant="subtitle2">{statusText[operation.status]}</Typography>
          <Typography variant="body2" color="textSecondary">
            {operation.progress}%
          </Typography>
        </Stack>
        <LinearProgress
          variant="determinate"
          value={operation.progress}
          color={
            operation.status === 'failed'
              ? 'error'
              : operation.status === 'succeeded'
                ? 'success'
                : 'primary'
          }
          aria-label={label}
        />
      </Box>
      {outcome}
      <OperationSteps steps={operation.steps} />
      {operation.status === 'failed' && operation.error && (
        <Alert severity="error">
          <AlertTitle>{operation.error.title}</AlertTitle>
          {operation.error.detail}
        </Alert>
      )}
      <OperationLog lines={operation.log} />
    </Stack>
  );
}
