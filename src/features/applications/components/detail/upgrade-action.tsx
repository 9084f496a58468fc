import UpgradeIcon from '@mui/icons-material/Upgrade';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link } from 'react-router';
import type { ApplicationDetail } from '@/contract/application-detail';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import { upgradeBlockedReason } from '../../upgrade-availability';

/** The Upgrade action of the detail page; says why when it cannot be used. Hidden without the role. */
export function UpgradeAction({ app }: { app: ApplicationDetail }) {
  const allowed = usePermission('applications:upgrade');
  const reasonId = useId();
  if (!allowed) return null;
  const reason = upgradeBlockedReason(app);
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
          color="textSecondary"
          sx={{ textAlign: { sm: 'right' } }}
        >
          {reason}
        </Typography>
      ) : null}
    </Stack>
  );
}
