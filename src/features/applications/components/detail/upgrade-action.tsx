import UpgradeIcon from '@mui/icons-material/Upgrade';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link } from 'react-router';
import type { ApplicationDetail } from '@/contract/application-detail';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';

function blockedReason(app: ApplicationDetail): string | null {
  if (app.deployedVia === 'helm') {
    return 'Deployed with Helm: only applications deployed by the deployment service can be upgraded.';
  }
  if (app.status === 'upgrading') return 'An upgrade is already running.';
  if (!app.upgradeAvailable)
    return `No released project version is higher than ${app.projectVersion}.`;
  return null;
}

/** The Upgrade action of the detail page; says why when it cannot be used. Hidden without the role. */
export function UpgradeAction({ app }: { app: ApplicationDetail }) {
  const allowed = usePermission('applications:upgrade');
  const reasonId = useId();
  if (!allowed) return null;
  const reason = blockedReason(app);
  return (
    <Stack spacing={0.5} sx={{ alignItems: { xs: 'stretch', sm: 'flex-end' }, maxWidth: 360 }}>
      {reason ? (
        <Button
          variant="contained"
          startIcon={<UpgradeIcon />}
          disabled
          aria-describedby={reasonId}
        >
          Upgrade
        </Button>
      ) : (
        <Button
          variant="contained"
          startIcon={<UpgradeIcon />}
          component={Link}
          to={paths.applications.upgrade.href(app.id)}
        >
          Upgrade
        </Button>
      )}
      {reason ? (
        <Typography
          id={reasonId}
          variant="caption"
          color="text.secondary"
          sx={{ textAlign: { sm: 'right' } }}
        >
          {reason}
        </Typography>
      ) : null}
    </Stack>
  );
}
