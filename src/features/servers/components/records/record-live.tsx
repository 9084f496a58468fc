import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { paths } from '@/config/paths';
import { currentStep, stepTitles } from '../../runbook';
import { isMoving } from '../../api/get-server-upgrade';

/** What the unfinished upgrade is doing now, for the polite live region. */
function nowText(upgrade: ServerUpgrade): string {
  const step = currentStep(upgrade.steps);
  if (upgrade.status === 'failed' && upgrade.failure) {
    return `Stopped at "${stepTitles[upgrade.failure.step]}": ${upgrade.failure.title}.`;
  }
  if (upgrade.status === 'scheduled') return 'Waiting for its scheduled time.';
  if (!step) return 'Finishing.';
  return isMoving(upgrade)
    ? `Now: ${stepTitles[step.id]}.`
    : `Waiting for the operator at "${stepTitles[step.id]}".`;
}

/**
 * An unfinished upgrade's record follows it (the query polls while a step runs) and leads to its
 * runbook, where it is continued or retried.
 */
export function RecordLive({ upgrade }: { upgrade: ServerUpgrade }) {
  if (upgrade.status === 'completed') return null;
  return (
    <Alert
      severity={upgrade.status === 'failed' ? 'error' : 'info'}
      variant="outlined"
      role="region"
      aria-label="This upgrade is not finished"
    >
      <Typography role="status" sx={{ fontWeight: 500 }}>
        {nowText(upgrade)}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        This record follows the upgrade as it runs.{' '}
        <Link component={RouterLink} to={paths.servers.upgrade.href(upgrade.serverId)}>
          Open its runbook
        </Link>
      </Typography>
    </Alert>
  );
}
