import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AuditEntry } from '@/contract/audit';
import { absoluteTime, relativeTime } from '@/lib/format';
import { fromToText } from './history-text';
import { OutcomeChip } from './outcome-chip';

interface HistoryEntryProps {
  entry: AuditEntry;
  /** What happened, in the feature's words ("Upgrade", "Register to test"). */
  title: string;
}

/** "Comment: …", with its label dimmed. */
function Labelled({
  label,
  children,
  error,
}: {
  label: string;
  children: ReactNode;
  error?: boolean;
}) {
  return (
    <Typography
      variant="body2"
      color={error ? 'error' : undefined}
      sx={{ overflowWrap: 'anywhere' }}
    >
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {label}:{' '}
      </Box>
      {children}
    </Typography>
  );
}

/** Who did what, when, from → to, what was read, why, and how it ended. */
export function HistoryEntry({ entry, title }: HistoryEntryProps) {
  const fromTo = fromToText(entry);
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
            {title}
          </Typography>
          <OutcomeChip outcome={entry.outcome} />
        </Stack>
        <Typography variant="body2" color="textSecondary">
          by {entry.actor.name} ·{' '}
          <time dateTime={entry.at} title={absoluteTime(entry.at)}>
            {absoluteTime(entry.at)} ({relativeTime(entry.at)})
          </time>
        </Typography>
        {fromTo ? (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {fromTo}
          </Typography>
        ) : null}
        {entry.fields?.length ? <Labelled label="Read">{entry.fields.join(', ')}</Labelled> : null}
        {entry.comment ? (
          <Labelled label="Comment">
            <Box component="q">
              <bdi>{entry.comment}</bdi>
            </Box>
          </Labelled>
        ) : null}
        {entry.reason ? (
          <Labelled label="Why" error>
            {entry.reason}
          </Labelled>
        ) : null}
      </Stack>
    </Paper>
  );
}
