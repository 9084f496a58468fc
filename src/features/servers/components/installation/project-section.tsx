import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { SectionCard } from '@/components/layout/section-card';
import type { ServerDetail } from '@/contract/servers';
import { ProjectFilesList } from '../configuration/project-files';

function Subdomains({ server }: { server: ServerDetail }) {
  const titleId = useId();
  return (
    <Box>
      <Typography id={titleId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        Subdomains
      </Typography>
      {server.subdomains.length === 0 ? (
        <Typography color="textSecondary">No subdomains are recorded for this server.</Typography>
      ) : (
        <Box component="ul" aria-labelledby={titleId} sx={{ m: 0, pl: 2.5 }}>
          {server.subdomains.map((d) => (
            <li key={d.host}>
              <Box component="code" sx={{ overflowWrap: 'anywhere' }}>
                {d.host}
              </Box>{' '}
              <Typography component="span" variant="body2" color="textSecondary">
                ({d.service})
              </Typography>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** The project the script runs with `-n`: its subdomains and its folder (secrets never shown). */
export function ProjectSection({ server }: { server: ServerDetail }) {
  return (
    <SectionCard
      title="Project"
      subtitle={
        <>
          The script runs it as <code>-n &quot;{server.project}&quot;</code>.
        </>
      }
    >
      <Stack spacing={2}>
        <Subdomains server={server} />
        <ProjectFilesList files={server.files} />
      </Stack>
    </SectionCard>
  );
}
