import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { isFinished } from '@/contract/operations';
import { UpgradeStatus } from '@/contract/template-upgrades';
import { OperationProgress } from '@/components/operation/operation-progress';
import { PanelError } from '@/components/feedback/panel-error';
import { SectionCard } from '@/components/layout/section-card';
import { paths } from '@/config/paths';
import { useOperation } from '@/lib/operations';
import { installedKeys } from '../../api/keys';
import { upgradeStatusLabels } from '../../upgrade-status';

interface Props {
  applicationId: string;
  operationId: string;
  /** The application's most recent record: where a failed upgrade is told. */
  latestUpgradeId: string | null;
}

/** The upgrade this page started, step by step (one per component), then its record. */
export function UpgradeProgress({ applicationId, operationId, latestUpgradeId }: Props) {
  const queryClient = useQueryClient();
  const operation = useOperation(operationId);
  const finished = operation.data ? isFinished(operation.data.status) : false;
  useEffect(() => {
    if (finished)
      void queryClient.invalidateQueries({ queryKey: installedKeys.detail(applicationId) });
  }, [finished, applicationId, queryClient]);

  if (operation.isError) {
    return <PanelError error={operation.error} onRetry={() => void operation.refetch()} />;
  }
  if (!operation.data) return null;
  const op = operation.data;
  const result = op.result ?? {};
  const upgradeId = typeof result.upgradeId === 'string' ? result.upgradeId : latestUpgradeId;
  const status = UpgradeStatus.safeParse(result.status);
  const recordLink = upgradeId ? (
    <Button
      component={Link}
      to={paths.installed.record.href(applicationId, upgradeId)}
      color="inherit"
      size="small"
      variant="outlined"
    >
      Open the upgrade record
    </Button>
  ) : null;

  return (
    <SectionCard title="Upgrade progress">
      <OperationProgress
        operation={op}
        outcome={
          op.status === 'succeeded' ? (
            <Alert severity="success" action={recordLink}>
              <AlertTitle>
                {status.success ? upgradeStatusLabels[status.data] : 'Upgraded'}
              </AlertTitle>
              {`${op.title} finished.`}
            </Alert>
          ) : op.status === 'failed' && recordLink ? (
            <Alert severity="error" action={recordLink}>
              The upgrade failed and changed nothing; the record says why.
            </Alert>
          ) : undefined
        }
      />
    </SectionCard>
  );
}
