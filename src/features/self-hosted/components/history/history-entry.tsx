import type { ReactElement } from 'react';
import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import PlayCircleOutlineIcon from '@mui/icons-material/PlayCircleOutlineOutlined';
import type { AuditEntry } from '@/contract/audit';
import { absoluteTime, relativeTime } from '@/lib/format';
import { auditActionText, fromToText, outcomeLabels } from './history-text';

const outcomeLooks: Record<
  AuditEntry['outcome'],
  { color: ChipProps['color']; icon: ReactElement }
> = {
  started: { color: 'info', icon: <PlayCircleOutlineIcon /> },
  succeeded: { color: 'success', icon: <CheckCircleOutlinedIcon /> },
  failed: { color: 'error', icon: <ErrorOutlineIcon /> },
  refused: { color: 'warning', icon: <BlockIcon /> },
};

/** Who did what, when, from → to, why, and how it ended. */
export function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const fromTo = fromToText(entry);
  const { color, icon } = outcomeLooks[entry.outcome];
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
            color={color}
            icon={icon}
            label={outcomeLabels[entry.outcome]}
          />
        </Stack>
        <Typography variant="body2" color="text.secondary">
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
