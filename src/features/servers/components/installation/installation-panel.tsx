import Stack from '@mui/material/Stack';
import type { ServerDetail } from '@/contract/servers';
import { ProjectSection } from './project-section';
import { RunnersSection } from './runners-section';
import { ServicesSection } from './services-section';
import { VersionSection } from './version-section';

/** The installation tab: what `version` and `check` say, runners, subdomains and the project. */
export function InstallationPanel({ server }: { server: ServerDetail }) {
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <VersionSection server={server} />
      {server.packageVersion === null ? null : <ServicesSection server={server} />}
      <RunnersSection server={server} />
      <ProjectSection server={server} />
    </Stack>
  );
}
