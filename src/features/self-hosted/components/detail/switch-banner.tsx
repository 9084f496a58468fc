import { useId } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SyncIcon from '@mui/icons-material/Sync';
import type { SelfHostedApplication } from '@/contract/self-hosted';
import { CompactOperationProgress } from '@/components/operation/compact-operation-progress';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useOperation } from '@/lib/operations';

export type RunningSwitch = NonNullable<SelfHostedApplication['switch']>;

export const bannerSx = { '& .MuiAlert-message': { flex: 1, minWidth: 0 } };

export function switchTitle(running: RunningSwitch): string {
  return running.direction === 'update'
    ? `Updating to ${running.to}`
    : `Reactivating ${running.to}`;
}

/** While a switch runs: the old version keeps serving, and how far the switch has come. */
export function SwitchBanner({ running }: { running: RunningSwitch }) {
  const titleId = useId();
  const operation = useOperation(running.operationId);
  return (
    <Alert
      severity="info"
      variant="outlined"
      icon={<SyncIcon />}
      role="region"
      aria-labelledby={titleId}
      sx={bannerSx}
    >
      <AlertTitle id={titleId}>{switchTitle(running)}</AlertTitle>
      <Stack spacing={1}>
        <Typography variant="body2">
          {running.from} keeps serving users until the switch to {running.to} completes.
        </Typography>
        <CompactOperationProgress operation={operation.data} label={`Switch to ${running.to}`} />
        <Typography variant="body2" color="textSecondary">
          Started by {running.startedBy.name}{' '}
          <time dateTime={running.startedAt} title={absoluteTime(running.startedAt)}>
            {relativeTime(running.startedAt)}
          </time>
        </Typography>
      </Stack>
    </Alert>
  );
}
