import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Link } from 'react-router';
import type { SelfHostedApplicationDetail, SwitchDirection } from '@/contract/self-hosted';
import { CommentField } from '@/components/form/comment-field';
import { DiscardChangesDialog } from '@/components/form/discard-changes-dialog';
import { useDiscardGuard } from '@/components/form/use-discard-guard';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import { useDialogLinkState } from '@/lib/route-dialog';
import { ActionProblem } from './action-problem';
import { actionLabels } from './offered-actions';
import { SwitchSummary } from './switch-summary';
import { useSwitchRequest } from './use-switch-request';
import { VersionDialog } from './version-dialog';
import { VersionGate } from './version-gate';

interface Props {
  app: SelfHostedApplicationDetail;
  version: string;
  direction: SwitchDirection;
  onClose: () => void;
  /** The switch started: the tab shows its progress from here. */
  onStarted: () => void;
}

const confirmHref = {
  'confirm-update': paths.selfHosted.confirmUpdate.href,
  'confirm-reactivate': paths.selfHosted.confirmReactivate.href,
} as const;

/**
 * "Confirm Update" / "Confirm Reactivate": Yes starts the switch (once), No changes nothing.
 * A refusal or failure keeps the summary, the comment and Yes, so the person can try again.
 */
export function ConfirmSwitchDialog({ app, version, direction, onClose, onStarted }: Props) {
  const allowed = usePermission('app-versions:switch');
  const request = useSwitchRequest(app.id, version, direction);
  const { start, comment } = request;
  // Once the switch has started, the comment went with it: nothing is left to lose.
  const guard = useDiscardGuard(comment.value.trim() !== '' && !start.isSuccess, onClose);
  const linkState = useDialogLinkState();
  const target = app.versions.find((v) => v.version === version);
  const title = direction === 'update' ? `Update to ${version}?` : `Reactivate ${version}?`;
  if (!target || !allowed) {
    return (
      <VersionGate app={app} version={version} allowed={allowed} title={title} onClose={onClose} />
    );
  }

  const action = direction === 'update' ? 'confirm-update' : 'confirm-reactivate';
  const other = direction === 'update' ? 'confirm-reactivate' : 'confirm-update';
  const refusal = start.isIdle ? target.unavailableActions.find((u) => u.action === action) : null;
  const yes = () => request.send(() => guard.leave(onStarted));

  return (
    <VersionDialog
      title={title}
      onClose={guard.requestClose}
      actions={
        refusal ? undefined : (
          <>
            {/* No is an answer, not a slip: it closes without asking about the comment. */}
            <Button onClick={() => guard.leave()}>No</Button>
            <Button variant="contained" onClick={yes} loading={start.isPending || start.isSuccess}>
              Yes
            </Button>
          </>
        )
      }
    >
      {refusal ? (
        <Alert
          severity="warning"
          action={
            target.actions.includes(other) ? (
              <Button
                color="inherit"
                size="small"
                component={Link}
                to={confirmHref[other](app.id, version)}
                replace
                state={linkState}
              >
                {`${actionLabels[other]} instead`}
              </Button>
            ) : undefined
          }
        >
          {refusal.reason}
        </Alert>
      ) : (
        <>
          <SwitchSummary app={app} to={target} />
          <CommentField
            value={comment.value}
            onChange={comment.change}
            error={comment.error}
            inputRef={comment.ref}
            disabled={start.isPending}
            hint="Kept in the history with the switch."
          />
        </>
      )}
      {start.isError && (
        <ActionProblem error={start.error} onRetry={yes} retrying={start.isPending} />
      )}
      <DiscardChangesDialog {...guard.question}>
        {`The comment you typed will be lost. Nothing has been switched: ${app.activeVersion} stays active.`}
      </DiscardChangesDialog>
    </VersionDialog>
  );
}
