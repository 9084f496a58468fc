import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { SectionCard } from '@/components/layout/section-card';
import type { TemplateDetail } from '@/contract/template-detail';
import { paths } from '@/config/paths';
import { formatCount } from '@/lib/format';
import { sortVersionsNewestFirst } from '@/lib/version-compare';
import { Timestamp } from '@/components/list/cells';

const diffSearch = (from: string, to: string) => `?${new URLSearchParams({ from, to }).toString()}`;

/** The release records, newest first: version, date, publisher, notes; each compared to its predecessor. */
export function ReleaseRecords({ template }: { template: TemplateDetail }) {
  const order = sortVersionsNewestFirst(template.releases.map((r) => r.version));
  const releases = [...template.releases].sort(
    (a, b) => order.indexOf(a.version) - order.indexOf(b.version),
  );
  return (
    <SectionCard
      title="Release records"
      subtitle={`${formatCount(releases.length)} published ${releases.length === 1 ? 'version' : 'versions'}, newest first`}
    >
      <Stack component="ol" aria-label="Release records" spacing={0} sx={{ m: 0, p: 0 }}>
        {releases.map((release, i) => {
          const previous = releases[i + 1]?.version;
          return (
            <Box
              component="li"
              key={release.version}
              aria-label={`Version ${release.version}`}
              sx={{
                listStyle: 'none',
                py: 1.5,
                borderTop: i === 0 ? 0 : 1,
                borderColor: 'divider',
                display: 'grid',
                gap: 0.5,
              }}
            >
              <Stack
                direction="row"
                spacing={1.5}
                useFlexGap
                sx={{ flexWrap: 'wrap', alignItems: 'baseline' }}
              >
                <Typography
                  component="h3"
                  variant="h4"
                  sx={{ fontSize: '1.05rem', fontWeight: 600 }}
                >
                  {release.version}
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  Published <Timestamp iso={release.publishedAt} /> by {release.publisher.name} ·{' '}
                  {formatCount(release.componentCount)} components
                </Typography>
                {previous ? (
                  <Link
                    component={RouterLink}
                    to={paths.templates.diff.href(
                      template.id,
                      diffSearch(previous, release.version),
                    )}
                    variant="body2"
                    aria-label={`Compare ${previous} with ${release.version}`}
                  >
                    Compare with {previous}
                  </Link>
                ) : null}
              </Stack>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {release.notes || 'No release notes.'}
              </Typography>
            </Box>
          );
        })}
      </Stack>
    </SectionCard>
  );
}

export { diffSearch };
