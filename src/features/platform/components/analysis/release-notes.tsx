import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import type { PlatformRelease } from '@/contract/platform';
import { absoluteTime } from '@/lib/format';
import { usePlatformReleases } from '../../api/list-platform-releases';
import { crossedReleases } from '../../releases';

function Bullets({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Typography component="h4" variant="subtitle2">
        {title}
      </Typography>
      <Box component="ul" sx={{ mt: 0.5, mb: 0, pl: 2.5 }}>
        {items.map((item) => (
          <Typography component="li" variant="body2" key={item}>
            {item}
          </Typography>
        ))}
      </Box>
    </div>
  );
}

function ReleaseItem({ release }: { release: PlatformRelease }) {
  const changes = release.breakingChanges.length;
  return (
    <Accordion disableGutters variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 1.5 }}>
          <Typography sx={{ fontWeight: 600 }}>{release.version}</Typography>
          <Typography variant="body2" color="textSecondary" sx={{ alignSelf: { sm: 'center' } }}>
            {`Published ${absoluteTime(release.publishedAt)} · ${changes === 0 ? 'no breaking changes' : `${String(changes)} ${changes === 1 ? 'change' : 'changes'} to review`}`}
          </Typography>
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={1.5}>
          <Bullets title="What's new" items={release.whatsNew} />
          <Bullets title="Release notes" items={release.releaseNotes} />
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}

/** What's new and the release notes of every crossed version, one collapsible part each. */
export function ReleaseNotes({ from, to }: { from: string; to: string }) {
  const releases = usePlatformReleases(from, to);
  if (releases.data) {
    const crossed = crossedReleases(releases.data.items, from, to);
    return (
      <div>
        {crossed.map((r) => (
          <ReleaseItem key={r.version} release={r} />
        ))}
      </div>
    );
  }
  if (releases.isError) {
    return (
      <PanelError
        error={releases.error}
        title="The release notes could not be loaded"
        onRetry={() => void releases.refetch()}
        retrying={releases.isFetching}
      />
    );
  }
  return <TableSkeleton rows={3} columns={2} label="Loading the release notes…" />;
}
