import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import type { InstalledApplicationDetail, UpgradeDiff } from '@/contract/template-upgrades';
import type { Operation } from '@/contract/operations';
import { describeError } from '@/components/feedback/describe-error';
import { newIdempotencyKey } from '@/lib/api-client';
import { isApiError } from '@/lib/problem';
import { useStartTemplateUpgrade } from '../../api/start-template-upgrade';
import type { DiffViewOptionsUpdate, DiffViewOptions } from '../diff/diff-view-options';
import { toggled } from '../diff/diff-view-options';
import { TemplateDiffView } from '../diff/template-diff-view';
import { dependencyProblems } from './dependency-problems';
import { UpgradeConfirmDialog } from './upgrade-confirm-dialog';

interface Props {
  app: InstalledApplicationDetail;
  diff: UpgradeDiff;
  options: DiffViewOptions;
  onOptionsChange: DiffViewOptionsUpdate;
  refreshing: boolean;
  canUpgrade: boolean;
  onStarted: (operation: Operation) => void;
}

const COMMENT_MAX = 500;

/** The diff with a checkbox per component, a comment and Upgrade → confirmation → start. */
export function UpgradeChoices({
  app,
  diff,
  options,
  onOptionsChange,
  refreshing,
  canUpgrade,
  onStarted,
}: Props) {
  // What the person picked; until they pick, the server's preselection (added and changed).
  const [picked, setPicked] = useState<string[] | null>(null);
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const start = useStartTemplateUpgrade(app.id);
  // A double click reaches here twice before isPending renders: one request, one operation.
  const sending = useRef(false);
  const selected = picked ?? diff.preselected;
  const changes = diff.components.filter((c) => c.change !== 'unchanged');
  const chosen = changes.filter((c) => selected.includes(c.name));
  const leftOut = changes.filter((c) => !selected.includes(c.name));
  const problems =
    start.isError && isApiError(start.error) ? dependencyProblems(start.error.detail) : {};

  const open = () => {
    if (chosen.length === 0) {
      setEmpty(true);
      return;
    }
    start.reset();
    setConfirming(newIdempotencyKey());
  };
  const confirm = () => {
    if (!confirming || sending.current) return;
    sending.current = true;
    start.mutate(
      {
        applicationId: app.id,
        idempotencyKey: confirming,
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
        onSuccess: (operation) => {
          setConfirming(null);
          onStarted(operation);
        },
        onError: () => setConfirming(null),
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
        selection={
          canUpgrade
            ? {
                verb: 'Upgrade',
                selected,
                selectable: (c) => c.change !== 'unchanged',
                onChange: (name, on) => {
                  setEmpty(false);
                  setPicked(toggled(selected, name, on));
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
          <TextField
            label="Comment (optional)"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            multiline
            minRows={2}
            helperText={`Kept in the upgrade record. ${COMMENT_MAX - comment.length} characters left.`}
            slotProps={{ htmlInput: { maxLength: COMMENT_MAX } }}
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
        <Alert severity="info">
          You can review these differences. Upgrading needs the Administrator role.
        </Alert>
      )}
      <UpgradeConfirmDialog
        open={confirming !== null}
        application={app.name}
        from={diff.from}
        to={diff.to}
        chosen={chosen}
        leftOut={leftOut}
        comment={comment}
        busy={start.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={confirm}
      />
    </Stack>
  );
}
