import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';

/** Name, publisher, description and, most of all, the version that serves users now. */
export function DetailHeader({ app }: { app: SelfHostedApplicationDetail }) {
  return (
    <Stack spacing={1}>
      <div>
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {app.name}
        </Typography>
        <Typography variant="body2" color="textSecondary" sx={{ mt: 0.25 }}>
          by {app.publisher}
        </Typography>
      </div>
      <Typography>{app.description}</Typography>
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      >
        <Typography component="p" sx={{ fontSize: '1.125rem', fontWeight: 600 }}>
          Active version {app.activeVersion}
        </Typography>
        {app.requiresAppCredentials ? (
          <Chip
            size="small"
            variant="outlined"
            icon={<KeyOutlinedIcon />}
            label="Requires app credentials"
          />
        ) : null}
      </Stack>
      {app.updateAvailable ? (
        <Typography
          component="p"
          sx={{ color: 'primary.main', fontWeight: 500, display: 'flex', gap: 0.5 }}
        >
          <UpgradeIcon aria-hidden="true" fontSize="small" sx={{ mt: 0.25 }} />
          Update available → {app.newestVersion}
        </Typography>
      ) : null}
    </Stack>
  );
}
