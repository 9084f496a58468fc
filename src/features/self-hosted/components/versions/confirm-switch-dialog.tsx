import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SelfHostedApplicationDetail, SwitchDirection } from '@/contract/self-hosted';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import { newIdempotencyKey } from '@/lib/api-client';
import { useStartSwitch } from '../../api/start-app-version-switch';
import { ActionProblem } from './action-problem';
import { useDialogLinkState } from './use-close-dialog';
import { isRefusal } from './is-refusal';
import { useSingleFlight } from './use-single-flight';
import { actionLabels } from './offered-actions';
import { SwitchSummary } from './switch-summary';
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

const COMMENT_MAX = 500;

const confirmHref = {
  'confirm-update': paths.selfHosted.confirmUpdate.href,
  'confirm-reactivate': paths.selfHosted.confirmReactivate.href,
} as const;

/** "Confirm Update" / "Confirm Reactivate": Yes starts the switch (once), No changes nothing. */
export function ConfirmSwitchDialog({ app, version, direction, onClose, onStarted }: Props) {
  const allowed = usePermission('app-versions:switch');
  const start = useStartSwitch(app.id);
  // One key per dialog: repeated Yes clicks and a retry replay it, so one switch starts at most.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [comment, setComment] = useState('');
  const once = useSingleFlight();
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
  // Refused now (another switch runs, someone withdrew it…): nothing left to answer, just Close.
  const refused = start.isError && isRefusal(start.error);
  const yes = () =>
    once((failed) => {
      const text = comment.trim();
      const body = { version, direction, comment: text || undefined };
      start.mutate(
        { applicationId: app.id, body, idempotencyKey },
        { onSuccess: onStarted, onError: failed },
      );
    });

  return (
    <VersionDialog
      title={title}
      onClose={onClose}
      actions={
        refusal || refused ? undefined : (
          <>
            <Button onClick={onClose}>No</Button>
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
          {!refused && (
            <TextField
              label="Comment (optional)"
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              multiline
              minRows={2}
              disabled={start.isPending}
              helperText={`Kept in the history with the switch. ${String(COMMENT_MAX - comment.length)} characters left.`}
              slotProps={{ htmlInput: { maxLength: COMMENT_MAX } }}
            />
          )}
        </>
      )}
      {start.isError && (
        <ActionProblem error={start.error} onRetry={yes} retrying={start.isPending} />
      )}
    </VersionDialog>
  );
}
