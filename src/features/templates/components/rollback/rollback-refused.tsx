import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { paths } from '@/config/paths';

interface Props {
  app: InstalledApplicationDetail;
  record: UpgradeRecordDetail;
  refusal: { title: string; message: string };
}

/** Why this upgrade cannot be rolled back now, in the server's words, and where to go instead. */
export function RollbackRefused({ app, record, refusal }: Props) {
  const latest = app.latestUpgradeId;
  const other = latest && latest !== record.id ? latest : null;
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Alert severity="warning" sx={{ alignSelf: 'stretch' }}>
        <AlertTitle>{refusal.title}</AlertTitle>
        {refusal.message}
      </Alert>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        {other && (
          <Button
            variant="outlined"
            component={RouterLink}
            to={paths.installed.record.href(app.id, other)}
          >
            Open the most recent upgrade
          </Button>
        )}
        <Button component={RouterLink} to={paths.installed.detail.href(app.id)}>
          {`Back to ${app.name}`}
        </Button>
      </Stack>
    </Stack>
  );
}
