import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DescriptionList } from '@/components/layout/description-list';
import { SectionCard } from '@/components/layout/section-card';
import type { ServerDetail } from '@/contract/servers';
import { SCRIPT } from '../../runbook';
import { CommandList } from '../runbook/command-list';

/** The seed's `version` command: the script version, and the package's when images exist. */
export function VersionSection({ server }: { server: ServerDetail }) {
  const command = `${SCRIPT} -n "${server.project}" version`;
  const pulled = server.packageVersion !== null;
  return (
    <SectionCard title="Version" subtitle="What the version command prints on the server.">
      <Stack spacing={1.5}>
        <DescriptionList
          items={[
            {
              term: 'Package version',
              value: server.packageVersion ?? 'None: no images pulled yet',
            },
            { term: 'Script version', value: server.scriptVersion },
          ]}
        />
        {pulled ? null : (
          <Typography>
            No docker images were found for <bdi>{server.project}</bdi>, so the version command
            prints the script version only. The first upgrade pulls them.
          </Typography>
        )}
        <CommandList commands={[command]} label="The version command" />
      </Stack>
    </SectionCard>
  );
}
