import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { usePermission } from '@/components/layout/require-permission';
import type { ServerDetail } from '@/contract/servers';
import { paths } from '@/config/paths';
import { serverUpgradeQueryOptions } from '../../api/get-server-upgrade';

/**
 * The way on: the upgrade not finished yet, else the latest release. People who may not upgrade
 * are told what is there, with no control to start anything.
 */
export function UpgradeCall({ server }: { server: ServerDetail }) {
  const allowed = usePermission('servers:upgrade');
  const activeId = server.activeUpgradeId;
  const active = useQuery({
    ...serverUpgradeQueryOptions(server.id, activeId ?? ''),
    enabled: activeId !== null,
  });
  const runbook = paths.servers.upgrade.href(server.id);

  if (activeId !== null) {
    const to = active.data ? ` to ${active.data.to}` : '';
    return allowed ? (
      <Box>
        <Button variant="contained" component={RouterLink} to={runbook} startIcon={<UpgradeIcon />}>
          Continue the upgrade{to}
        </Button>
      </Box>
    ) : (
      <Typography>
        An upgrade{to} is not finished.{' '}
        <Link component={RouterLink} to={runbook}>
          Follow its runbook
        </Link>
      </Typography>
    );
  }
  if (!server.upgradeAvailable) {
    return (
      <Typography color="textSecondary">
        Up to date: {server.latestVersion} is the latest release.
      </Typography>
    );
  }
  return allowed ? (
    <Box>
      <Button
        variant="contained"
        component={RouterLink}
        to={paths.servers.upgrade.href(server.id, server.latestVersion)}
        startIcon={<UpgradeIcon />}
      >
        Upgrade to {server.latestVersion}
      </Button>
    </Box>
  ) : (
    <Typography sx={{ color: 'primary.main', fontWeight: 500 }}>
      Upgrade available → {server.latestVersion}
    </Typography>
  );
}
