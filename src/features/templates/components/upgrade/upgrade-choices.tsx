import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import type { InstalledApplicationDetail, UpgradeDiff } from '@/contract/template-upgrades';
import { describeError } from '@/components/feedback/describe-error';
import { CommentField } from '@/components/form/comment-field';
import { PermissionDenied } from '@/components/layout/require-permission';
import { commentTooLong } from '@/contract/common';
import { isApiError } from '@/lib/problem';
import { useConfirmStep } from '@/lib/use-confirm-step';
import { useStartTemplateUpgrade } from '../../api/start-template-upgrade';
import type { DiffViewOptionsUpdate, DiffViewOptions } from '../diff/diff-view-options';
import { TemplateDiffView } from '../diff/template-diff-view';
import { dependencyProblems } from './dependency-problems';
import { UpgradeConfirmDialog } from './upgrade-confirm-dialog';
import {
  chosenUpgradeComponents,
  toggleUpgradeComponent,
  type UpgradePageParams,
} from './upgrade-page-params';

interface Props {
  app: InstalledApplicationDetail;
  diff: UpgradeDiff;
  options: DiffViewOptions;
  onOptionsChange: DiffViewOptionsUpdate;
  refreshing: boolean;
  canUpgrade: boolean;
  /** The components chosen in the URL (null: the server's preselection). */
  components: UpgradePageParams['components'];
  setComponents: (
    update: (current: UpgradePageParams['components']) => UpgradePageParams['components'],
  ) => void;
  /** The confirmation is open (`confirm=1`). */
  confirmOpen: boolean;
}

/**
 * The diff with a checkbox per component (ticked in the URL), a comment and Upgrade → a
 * confirmation (at `confirm=1`, so Back closes it) → start.
 */
export function UpgradeChoices({
  app,
  diff,
  options,
  onOptionsChange,
  refreshing,
  canUpgrade,
  components,
  setComponents,
  confirmOpen,
}: Props) {
  const [comment, setComment] = useState('');
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [empty, setEmpty] = useState(false);
  const confirmStep = useConfirmStep();
  const start = useStartTemplateUpgrade(app.id);
  // A double click reaches here twice before isPending renders: one request, one operation.
  const sending = useRef(false);
  const changes = diff.components.filter((c) => c.change !== 'unchanged');
  const changedNames = changes.map((c) => c.name);
  // What the person picked (in the URL); until they pick, the server's preselection. A tick
  // shows at once, before the URL it asked for has rendered; any new URL (or Back) replaces it.
  const urlChoice = components === null ? null : components.join(',');
  const [ticked, setTicked] = useState<{ from: string | null; chosen: string[] } | null>(null);
  if (ticked !== null && ticked.from !== urlChoice) setTicked(null);
  const selected =
    ticked !== null && ticked.from === urlChoice
      ? ticked.chosen
      : chosenUpgradeComponents(components, changedNames, diff.preselected);
  const chosen = changes.filter((c) => selected.includes(c.name));
  const leftOut = changes.filter((c) => !selected.includes(c.name));
  const problems =
    start.isError && isApiError(start.error) ? dependencyProblems(start.error.detail) : {};

  const open = () => {
    if (commentTooLong(comment)) {
      commentRef.current?.focus();
      return;
    }
    if (chosen.length === 0) {
      setEmpty(true);
      return;
    }
    start.reset();
    confirmStep.open();
  };
  // The dialog's key: one per confirmation, however often Upgrade is pressed in it.
  const confirm = (idempotencyKey: string) => {
    if (sending.current) return;
    sending.current = true;
    start.mutate(
      {
        applicationId: app.id,
        idempotencyKey,
        body: {
          revision: app.revision,
          toVersion: diff.to,
          components: chosen.map((c) => c.name),
          comment: comment.trim() || undefined,
        },
      },
      {
        onSettled: () => {
          sending.current = false;
        },
        onSuccess: (operation) => confirmStep.started(operation.id, { to: diff.to }),
        onError: () => confirmStep.close(),
      },
    );
  };

  return (
    <Stack spacing={2}>
      <TemplateDiffView
        diff={diff}
        options={options}
        onOptionsChange={onOptionsChange}
        title={`Upgrade details: ${app.name} ${diff.from} → ${diff.to}`}
        refreshing={refreshing}
        templateId={app.template.id}
        selection={
          canUpgrade
            ? {
                verb: 'Upgrade',
                selected,
                selectable: (c) => c.change !== 'unchanged',
                onChange: (name, on) => {
                  setEmpty(false);
                  setTicked({
                    from: urlChoice,
                    chosen: changedNames.filter((n) => (n === name ? on : selected.includes(n))),
                  });
                  setComponents((current) =>
                    toggleUpgradeComponent(
                      chosenUpgradeComponents(current, changedNames, diff.preselected),
                      changedNames,
                      diff.preselected,
                      name,
                      on,
                    ),
                  );
                },
                problems,
                disabled: start.isPending,
              }
            : undefined
        }
      />
      {canUpgrade ? (
        <Stack spacing={1.5} component="section" aria-labelledby="upgrade-choices-title">
          <Typography id="upgrade-choices-title" component="h2" variant="h3">
            Upgrade
          </Typography>
          <Typography>
            {`${chosen.length} of ${changes.length} changed components chosen`}
            {leftOut.length > 0 ? ` (left out: ${leftOut.map((c) => c.name).join(', ')})` : ''}.
          </Typography>
          <CommentField
            value={comment}
            onChange={setComment}
            error={isApiError(start.error) ? start.error.fieldErrors.comment : undefined}
            inputRef={commentRef}
            hint="Kept in the upgrade record."
          />
          {empty && <Alert severity="warning">Choose at least one component to upgrade.</Alert>}
          {start.isError && (
            <Alert severity="error">
              <AlertTitle>{describeError(start.error).title}</AlertTitle>
              {describeError(start.error).detail}
              {' Your choices are kept.'}
            </Alert>
          )}
          <div>
            <Button variant="contained" onClick={open} disabled={changes.length === 0}>
              Upgrade
            </Button>
          </div>
        </Stack>
      ) : (
        <PermissionDenied>
          <Alert severity="info">
            You can review these differences. Upgrading needs the Administrator role.
          </Alert>
        </PermissionDenied>
      )}
      {canUpgrade && confirmOpen && chosen.length > 0 && (
        <UpgradeConfirmDialog
          application={app.name}
          from={diff.from}
          to={diff.to}
          chosen={chosen}
          leftOut={leftOut}
          comment={comment}
          busy={start.isPending}
          onCancel={confirmStep.close}
          onConfirm={confirm}
        />
      )}
    </Stack>
  );
}
