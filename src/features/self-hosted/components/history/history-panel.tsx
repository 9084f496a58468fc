import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { useSelfHostedHistory } from '../../api/list-self-hosted-history';
import { HistoryEntry } from './history-entry';

/** Registrations, withdrawals, switches and tenant denials, newest first. */
export function HistoryPanel({ applicationId, name }: { applicationId: string; name: string }) {
  const history = useSelfHostedHistory(applicationId);

  if (history.isError && !history.data) {
    return (
      <PanelError
        error={history.error}
        title="History could not be loaded"
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  }
  if (!history.data) return <TableSkeleton rows={3} columns={3} label="Loading history…" />;

  if (history.data.items.length === 0) {
    return (
      <Paper variant="outlined" sx={{ px: 3, py: 5, textAlign: 'center' }}>
        <Typography component="h2" variant="h3">
          No changes recorded
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          Registrations to test, withdrawals and version switches of {name} will be listed here.
        </Typography>
      </Paper>
    );
  }

  return (
    <Box
      component="ol"
      aria-label={`Changes to ${name}, newest first`}
      sx={{ m: 0, p: 0, display: 'grid', gap: 1.5 }}
    >
      {history.data.items.map((entry) => (
        <HistoryEntry key={entry.id} entry={entry} />
      ))}
    </Box>
  );
}
