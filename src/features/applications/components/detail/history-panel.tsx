import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { useApplicationHistory } from '../../api/list-application-history';
import { HistoryEntry } from './history-entry';

export function HistoryPanel({ applicationId, name }: { applicationId: string; name: string }) {
  const history = useApplicationHistory(applicationId);

  if (history.isError) {
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
          Upgrades, access changes and readiness checks of {name} will be listed here.
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
