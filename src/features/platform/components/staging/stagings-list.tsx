import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PanelError } from '@/components/feedback/panel-error';
import { RefreshFailed } from '@/components/feedback/refresh-failed';
import type { Infrastructure, Staging } from '@/contract/platform';
import { useStagings } from '../../api/staging-list';
import { localTime } from '../execution/schedule-text';

function StagingItem({ staging, nameOf }: { staging: Staging; nameOf: (id: string) => string }) {
  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        <bdi>{staging.application}</bdi>
        {`: ${nameOf(staging.fromEnvironmentId)} → ${nameOf(staging.toEnvironmentId)}`}
      </Typography>
      {staging.note && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          <bdi>{staging.note}</bdi>
        </Typography>
      )}
      <Typography variant="body2" color="textSecondary">
        {`Staged by ${staging.stagedBy.name}, ${localTime(staging.stagedAt)}`}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {staging.backportTo.length > 0
          ? `Backport open: to ${staging.backportTo.map(nameOf).join(', ')}.`
          : 'No backport needed.'}
      </Typography>
    </Paper>
  );
}

/** This infrastructure's stagings, newest first, each with the backport still open. */
export function StagingsList({ infrastructure }: { infrastructure: Infrastructure }) {
  const stagings = useStagings();
  const names = new Map(infrastructure.environments.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  if (stagings.isPending) return <Typography variant="body2">Loading the stagings…</Typography>;
  if (!stagings.data)
    return (
      <PanelError
        error={stagings.error}
        title="The stagings could not be loaded"
        onRetry={() => void stagings.refetch()}
        retrying={stagings.isFetching}
      />
    );
  const mine = stagings.data.items
    .filter((s) => names.has(s.toEnvironmentId))
    .sort((a, b) => b.stagedAt.localeCompare(a.stagedAt));
  return (
    <Stack spacing={1}>
      {stagings.isError && (
        <RefreshFailed
          error={stagings.error}
          title="The stagings could not be refreshed"
          shown="The stagings below are as they were last loaded."
          onRetry={() => void stagings.refetch()}
          retrying={stagings.isFetching}
        />
      )}
      {mine.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          Nothing staged during this upgrade yet.
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label="Stagings"
          sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}
        >
          {mine.map((s) => (
            <StagingItem key={s.id} staging={s} nameOf={nameOf} />
          ))}
        </Box>
      )}
    </Stack>
  );
}
