import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import type { ApplicationDetail } from '@/contract/application-detail';
import { StatusChip } from '../status-chip';
import { deployedViaChipLabel, versionsText } from './detail-text';
import { UpgradeAction } from './upgrade-action';

/** Name, status, how it was deployed and, most of all, which versions run. */
export function DetailHeader({ app }: { app: ApplicationDetail }) {
  return (
    <Stack spacing={1}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-start' } }}
      >
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {app.name}
        </Typography>
        <UpgradeAction app={app} />
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <StatusChip status={app.status} />
        <Chip size="small" variant="outlined" label={deployedViaChipLabel(app.deployedVia)} />
        <Typography variant="body2" color="textSecondary">
          {app.project.name}
        </Typography>
      </Stack>
      <Typography component="p" sx={{ fontSize: '1.125rem', fontWeight: 600 }}>
        {versionsText(app.projectVersion, app.applicationVersion)}
      </Typography>
      {app.upgradeAvailable ? (
        <Typography
          component="p"
          sx={{ color: 'primary.main', fontWeight: 500, display: 'flex', gap: 0.5 }}
        >
          <UpgradeIcon aria-hidden="true" fontSize="small" sx={{ mt: 0.25 }} />
          Upgrade available → project version {app.latestProjectVersion}
        </Typography>
      ) : null}
    </Stack>
  );
}
