import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { ReadinessCheckResult } from '@/contract/applications';
import type { Operation } from '@/contract/operations';

/** How a finished readiness check ended, in one sentence an administrator can act on. */
export function ReadinessResult({
  operation,
  projectVersion,
}: {
  operation: Operation;
  projectVersion: number;
}) {
  const parsed = ReadinessCheckResult.safeParse(operation.result);
  if (!parsed.success) {
    return <Alert severity="warning">The check finished but its result could not be read.</Alert>;
  }
  const { upgradable, reason, targets } = parsed.data;
  if (!upgradable) {
    return (
      <Alert severity="warning">
        <AlertTitle>Not upgradable</AlertTitle>
        {reason}
      </Alert>
    );
  }
  const newest = targets.at(-1);
  return (
    <Alert severity="success">
      <AlertTitle>Ready to upgrade</AlertTitle>
      {`Released project versions above ${projectVersion}: ${targets.map((t) => t.projectVersion).join(', ')}.`}
      {newest &&
        ` Upgrading to any of them makes it application version ${newest.applicationVersion}.`}
    </Alert>
  );
}
