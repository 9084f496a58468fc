import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { CompactOperationProgress } from '@/components/operation/compact-operation-progress';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { paths } from '@/config/paths';
import { useOperation } from '@/lib/operations';

/** The unfinished upgrade or rollback, with its live progress; another upgrade waits for it. */
export function CurrentUpgrade({ app }: { app: InstalledApplicationDetail }) {
  const current = app.currentUpgrade;
  const operation = useOperation(current?.operationId);
  if (!current) return null;
  const what =
    current.kind === 'rollback'
      ? `Rolling back the upgrade ${current.fromVersion} → ${current.toVersion}`
      : `Upgrading ${current.fromVersion} → ${current.toVersion}`;
  return (
    <Alert
      severity="info"
      icon={false}
      aria-label={what}
      sx={{ '& .MuiAlert-message': { width: '100%' } }}
    >
      <AlertTitle>{what}</AlertTitle>
      <CompactOperationProgress operation={operation.data} label={what} />
      <Link
        component={RouterLink}
        to={paths.installed.record.href(app.id, current.upgradeId)}
        sx={{ display: 'inline-block', mt: 1 }}
      >
        Open its upgrade record
      </Link>
    </Alert>
  );
}
