import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { useToast } from '@/components/feedback/toast-context';
import { usePermission } from '@/components/layout/require-permission';
import { useWithdrawRegistration } from '../../api/withdraw-app-version-registration';
import { ActionProblem } from './action-problem';
import { VersionDialog } from './version-dialog';
import { useSingleFlight } from '@/lib/use-single-flight';
import { VersionGate } from './version-gate';

interface Props {
  app: SelfHostedApplicationDetail;
  version: string;
  onClose: () => void;
  onWithdrawn: () => void;
}

/** Withdraws the registration of the version registered for test, after asking. */
export function WithdrawDialog({ app, version, onClose, onWithdrawn }: Props) {
  const allowed = usePermission('app-versions:switch');
  const withdraw = useWithdrawRegistration(app.id);
  const toast = useToast();
  const once = useSingleFlight();
  const target = app.versions.find((v) => v.version === version);
  const title = `Withdraw the registration of ${version}?`;
  if (!target || !allowed) {
    return (
      <VersionGate app={app} version={version} allowed={allowed} title={title} onClose={onClose} />
    );
  }

  const run = () =>
    once((failed) =>
      withdraw.mutate(
        { applicationId: app.id, version },
        {
          onSuccess: () => {
            toast.show({
              severity: 'success',
              message: `The registration of ${version} was withdrawn.`,
            });
            onWithdrawn();
          },
          onError: failed,
        },
      ),
    );
  const refusal = target.unavailableActions.find((u) => u.action === 'withdraw');
  const blocked = withdraw.isIdle && refusal;

  return (
    <VersionDialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="contained"
            onClick={run}
            loading={withdraw.isPending || withdraw.isSuccess}
            disabled={Boolean(blocked) || withdraw.isError}
          >
            Withdraw registration
          </Button>
        </>
      }
    >
      <DialogContentText>
        {`${version} is removed from the test environment. ${app.activeVersion} stays active and nothing changes for its users. Another version can then be registered to test, or ${version} again later.`}
      </DialogContentText>
      {blocked && <Alert severity="warning">{refusal.reason}</Alert>}
      {withdraw.isError && <ActionProblem error={withdraw.error} onRetry={run} />}
    </VersionDialog>
  );
}
