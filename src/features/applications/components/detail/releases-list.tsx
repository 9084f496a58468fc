import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ApplicationDetail } from '@/contract/application-detail';
import { nextApplicationVersion, upgradeTargets } from '../../rules';
import { absoluteTime } from '@/lib/format';
import { SectionCard } from '@/components/layout/section-card';

/** Every released project version: the deployed one, and what each higher one would produce. */
export function ReleasesList({ app }: { app: ApplicationDetail }) {
  const releases = [...app.releases].sort((a, b) => b.version - a.version);
  const targets = new Set(
    upgradeTargets(
      releases.map((r) => r.version),
      app.projectVersion,
    ),
  );
  const next = nextApplicationVersion(app.applicationVersion);
  const helm = app.deployedVia === 'helm';

  return (
    <SectionCard
      title="Released project versions"
      subtitle={
        helm
          ? 'Deployed with Helm, so it cannot be upgraded from here.'
          : `An upgrade to any higher version makes application version ${String(next)}.`
      }
    >
      <Box component="ul" aria-label="Released project versions" sx={{ m: 0, p: 0 }}>
        {releases.map((release) => {
          const deployed = release.version === app.projectVersion;
          const target = targets.has(release.version);
          return (
            <Stack
              key={release.version}
              component="li"
              direction={{ xs: 'column', sm: 'row' }}
              spacing={{ xs: 0.5, sm: 2 }}
              sx={{
                listStyle: 'none',
                py: 1,
                borderTop: 1,
                borderColor: 'divider',
                '&:first-of-type': { borderTop: 0 },
                alignItems: { sm: 'center' },
              }}
            >
              <Typography sx={{ fontWeight: deployed ? 600 : 400, minWidth: 150 }}>
                Project version {release.version}
              </Typography>
              <Typography variant="body2" color="textSecondary" sx={{ minWidth: 180 }}>
                Released {absoluteTime(release.releasedAt)}
              </Typography>
              {deployed ? (
                <Chip
                  size="small"
                  color="primary"
                  label={`Deployed · application version ${String(app.applicationVersion)}`}
                  sx={{ alignSelf: 'flex-start' }}
                />
              ) : target ? (
                <Typography variant="body2" sx={{ color: 'primary.main', fontWeight: 500 }}>
                  {helm ? 'Higher' : 'Upgrade target'} → application version {next}
                </Typography>
              ) : (
                <Typography variant="body2" color="textSecondary">
                  Earlier
                </Typography>
              )}
            </Stack>
          );
        })}
      </Box>
    </SectionCard>
  );
}
