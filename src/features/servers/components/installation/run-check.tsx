import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import { PanelError } from '@/components/feedback/panel-error';
import { usePermission } from '@/components/layout/require-permission';
import { CompactOperationProgress } from '@/components/operation/compact-operation-progress';
import type { Operation } from '@/contract/operations';
import { useRunCheck } from './use-run-check';

/** What the polite live region says as the check moves on. */
function progressText(operation: Operation | undefined, pending: boolean): string {
  if (pending && !operation) return 'Starting the check…';
  if (!operation) return '';
  switch (operation.status) {
    case 'succeeded':
      return 'Check finished: the statuses below are the ones it saw.';
    case 'failed':
    case 'cancelled':
      return `The check did not finish${operation.error ? `: ${operation.error.detail}` : '.'}`;
    default:
      return 'Checking service statuses…';
  }
}

/** "Run check": `./ac-self-hosted.sh -n <project> check`, with its live progress. */
export function RunCheck({ serverId, project }: { serverId: string; project: string }) {
  const allowed = usePermission('servers:upgrade');
  const { run, start, operation, running } = useRunCheck(serverId);
  if (!allowed) return null;
  return (
    <Stack spacing={1.5}>
      <Box>
        <Button
          variant="outlined"
          startIcon={<FactCheckOutlinedIcon />}
          onClick={run}
          loading={running}
          loadingPosition="start"
        >
          Run check
        </Button>
      </Box>
      {running ? (
        <CompactOperationProgress operation={operation} label={`Check of ${project}`} />
      ) : null}
      <Typography role="status" variant="body2">
        {progressText(operation, start.isPending)}
      </Typography>
      {start.isError ? (
        <PanelError
          error={start.error}
          title="The check could not start"
          onRetry={run}
          retrying={start.isPending}
        />
      ) : null}
    </Stack>
  );
}
