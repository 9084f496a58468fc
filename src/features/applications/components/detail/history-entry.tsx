import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AuditEntry } from '@/contract/audit';
import { absoluteTime, relativeTime } from '@/lib/format';
import { auditActionText, outcomeLabels } from './detail-text';

const outcomeColors: Record<AuditEntry['outcome'], ChipProps['color']> = {
  started: 'info',
  succeeded: 'success',
  failed: 'error',
  refused: 'warning',
};

/** Who did what, when, from → to, why, and how it ended. */
export function HistoryEntry({ entry }: { entry: AuditEntry }) {
  return (
    <Paper component="li" variant="outlined" sx={{ listStyle: 'none', p: 2, minWidth: 0 }}>
      <Stack spacing={0.75}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        >
          <Typography component="h2" variant="h4">
            {auditActionText(entry.action)}
          </Typography>
          <Chip
            size="small"
            variant="outlined"
            color={outcomeColors[entry.outcome]}
            label={outcomeLabels[entry.outcome]}
          />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          by {entry.actor.name} ·{' '}
          <time dateTime={entry.at} title={absoluteTime(entry.at)}>
            {absoluteTime(entry.at)} ({relativeTime(entry.at)})
          </time>
        </Typography>
        {entry.from || entry.to ? (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {entry.from ?? '—'} → {entry.to ?? '—'}
          </Typography>
        ) : null}
        {entry.fields?.length ? (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            <Box component="span" sx={{ color: 'text.secondary' }}>
              Read:{' '}
            </Box>
            {entry.fields.join(', ')}
          </Typography>
        ) : null}
        {entry.comment ? (
          <Typography variant="body2">
            <Box component="span" sx={{ color: 'text.secondary' }}>
              Comment:{' '}
            </Box>
            <Box component="q">
              <bdi>{entry.comment}</bdi>
            </Box>
          </Typography>
        ) : null}
        {entry.reason ? (
          <Typography variant="body2" color="error">
            <Box component="span" sx={{ color: 'text.secondary' }}>
              Why:{' '}
            </Box>
            {entry.reason}
          </Typography>
        ) : null}
      </Stack>
    </Paper>
  );
}
