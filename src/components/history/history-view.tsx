import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { PanelQuery } from '@/components/feedback/panel-query';
import type { AuditEntry } from '@/contract/audit';
import { HistoryEntry } from './history-entry';
import type { DescribeEntry } from './history-text';

interface HistoryViewProps {
  /** The resource's audit trail, newest first. */
  query: UseQueryResult<{ items: readonly AuditEntry[] }>;
  /** The resource's name, for the list's accessible name. */
  name: string;
  describe: DescribeEntry;
  /** What the empty state says will be listed, e.g. "Upgrades … of invoice-approvals …". */
  emptyDetail: string;
}

/**
 * One resource's recorded changes, newest first. Only a history that never loaded gives way to
 * its failure: a failed refresh is said above the entries already shown, which stay.
 */
export function HistoryView({ query, name, describe, emptyDetail }: HistoryViewProps) {
  return (
    <PanelQuery
      query={query}
      subject="History"
      loading="Loading history…"
      shown="The changes below are as they were last loaded."
    >
      {(data) =>
        data.items.length === 0 ? (
          <Paper variant="outlined" sx={{ px: 3, py: 5, textAlign: 'center' }}>
            <Typography component="h2" variant="h3">
              No changes recorded
            </Typography>
            <Typography color="textSecondary" sx={{ mt: 1 }}>
              {emptyDetail}
            </Typography>
          </Paper>
        ) : (
          <Box
            component="ol"
            aria-label={`Changes to ${name}, newest first`}
            sx={{ m: 0, p: 0, display: 'grid', gap: 1.5 }}
          >
            {data.items.map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} title={describe(entry)} />
            ))}
          </Box>
        )
      }
    </PanelQuery>
  );
}
