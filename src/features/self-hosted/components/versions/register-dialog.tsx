import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import { useEffect, useRef, useState } from 'react';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { usePermission } from '@/components/layout/require-permission';
import { newIdempotencyKey } from '@/lib/api-client';
import { useRegisterAppVersion } from '../../api/register-app-version';
import { useWithdrawRegistration } from '../../api/withdraw-app-version-registration';
import { ActionProblem } from './action-problem';
import { useSingleFlight } from '@/lib/use-single-flight';
import { confirmLabel } from './version-text';
import { VersionDialog } from './version-dialog';
import { VersionGate } from './version-gate';
import { WithdrawOther } from './withdraw-other';
import { isRefusal } from '@/lib/problem';

interface Props {
  app: SelfHostedApplicationDetail;
  version: string;
  onClose: () => void;
  /** The registration started: the row shows its progress from here. */
  onStarted: () => void;
}

/** "Register to Test": says what happens, then starts the registration (one per dialog). */
export function RegisterDialog({ app, version, onClose, onStarted }: Props) {
  const allowed = usePermission('app-versions:switch');
  const start = useRegisterAppVersion(app.id);
  // One key per dialog: a retry replays it, so the registration starts at most once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const once = useSingleFlight();
  const onceWithdraw = useSingleFlight();
  const withdraw = useWithdrawRegistration(app.id);
  const withdrawn = withdraw.isSuccess ? withdraw.variables.version : null;
  const registerButton = useRef<HTMLButtonElement>(null);
  // The way is clear once the other registration is withdrawn: straight on to Register.
  useEffect(() => {
    if (withdrawn) registerButton.current?.focus();
  }, [withdrawn]);
  const target = app.versions.find((v) => v.version === version);
  const title = `Register ${version} to test?`;
  const gate = (
    <VersionGate app={app} version={version} allowed={allowed} title={title} onClose={onClose} />
  );
  if (!target || !allowed) return gate;

  const register = () =>
    once((failed) =>
      start.mutate(
        { applicationId: app.id, version, idempotencyKey },
        { onSuccess: onStarted, onError: failed },
      ),
    );
  // Before asking, and again after a refusal: the latest data says what stands in the way.
  const refusal = target.unavailableActions.find((u) => u.action === 'register');
  const holder = app.registration;
  const other = holder && holder.version !== version ? holder : null;
  const withdrawable = other?.status === 'registered' ? other.version : null;
  const blocked = start.isIdle && refusal;
  const active = app.activeVersion;
  const withdrawOther = (other: string) =>
    onceWithdraw((failed) => {
      start.reset();
      withdraw.mutate({ applicationId: app.id, version: other }, { onError: failed });
    });
  const withdrawButton = withdrawable && (
    <WithdrawOther
      version={withdrawable}
      onWithdraw={() => withdrawOther(withdrawable)}
      pending={withdraw.isPending}
      error={withdraw.error}
    />
  );

  return (
    <VersionDialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="contained"
            onClick={register}
            ref={registerButton}
            loading={start.isPending || start.isSuccess}
            disabled={Boolean(blocked) || (start.isError && isRefusal(start.error))}
          >
            Register to Test
          </Button>
        </>
      }
    >
      <DialogContentText>
        {`${version} is installed beside the active version ${active} for testing: its package is fetched, deployed to the test environment and smoke-checked. ${active} keeps serving every user meanwhile, and nothing switches until you ${confirmLabel(target)}.`}
      </DialogContentText>
      {withdrawn && !blocked && start.isIdle && (
        <Alert severity="success" role="status">
          {`The registration of ${withdrawn} was withdrawn. ${version} can be registered to test now.`}
        </Alert>
      )}
      {blocked && (
        <Alert severity="warning">
          {refusal.reason}
          {withdrawButton}
        </Alert>
      )}
      {start.isError && (
        <ActionProblem error={start.error} onRetry={register} retrying={start.isPending}>
          {withdrawButton}
        </ActionProblem>
      )}
    </VersionDialog>
  );
}
