import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import type { ServerSummary } from '@/contract/servers';
import { useServerReleases } from '../../api/list-server-releases';
import { compareVersions } from '@/lib/version-compare';

/** Every released version as a link to its plan; the one the server runs is not a link. */
export function ReleaseLinks({ server, label }: { server: ServerSummary; label: string }) {
  const releases = useServerReleases();
  const versions = (releases.data?.items ?? []).map((r) => r.version);
  if (versions.length === 0) return null;
  const current = server.packageVersion;
  return (
    <Box>
      <Typography variant="body2">{label}</Typography>
      <Box component="ul" aria-label="Released versions" sx={{ m: 0, pl: 3 }}>
        {versions.map((v) => {
          const notes = [
            v === server.latestVersion ? 'latest' : null,
            current && compareVersions(v, current) < 0 ? 'older: a downgrade' : null,
          ].filter(Boolean);
          const suffix = notes.length > 0 ? ` (${notes.join(', ')})` : '';
          return (
            <li key={v}>
              {current !== null && compareVersions(v, current) === 0 ? (
                `${v}: what ${server.name} runs now`
              ) : (
                <Link component={RouterLink} to={paths.servers.upgrade.href(server.id, v)}>
                  {`${v}${suffix}`}
                </Link>
              )}
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
