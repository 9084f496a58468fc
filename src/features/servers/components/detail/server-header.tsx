import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ServerDetail } from '@/contract/servers';
import { ServerStateLabel } from './server-state-label';
import { UpgradeCall } from './upgrade-call';

/** Name, project, what runs now, and the way to the latest release. */
export function ServerHeader({ server }: { server: ServerDetail }) {
  return (
    <Stack spacing={1.5}>
      <div>
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {server.name}
        </Typography>
        <Typography variant="body2" color="textSecondary" sx={{ mt: 0.25 }}>
          Project{' '}
          <Box component="code" sx={{ overflowWrap: 'anywhere' }}>
            {server.project}
          </Box>
        </Typography>
      </div>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography component="p" sx={{ fontSize: '1.125rem', fontWeight: 600 }}>
          {server.packageVersion === null
            ? 'Images never pulled'
            : `Package ${server.packageVersion}`}
        </Typography>
        <ServerStateLabel state={server.state} />
      </Stack>
      <UpgradeCall server={server} />
    </Stack>
  );
}
