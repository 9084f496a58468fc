import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { describeError } from '@/components/feedback/describe-error';
import { newIdempotencyKey } from '@/lib/api-client';
import { isApiError, isRefusal, type ApiError } from '@/lib/problem';
import { useStartTemplateRollback } from '../../api/start-template-rollback';
import { restoreText } from './component-choice';

interface Props {
  app: InstalledApplicationDetail;
  record: UpgradeRecordDetail;
  components: readonly string[];
  stay: readonly string[];
  comment: string;
  onClose: () => void;
  onStarted: (operationId: string) => void;
  /** The server refused the choice itself: its messages go back onto the checkboxes. */
  onChoiceRefused: (error: ApiError) => void;
}

/** "Roll back …?": Yes starts the rollback once, however often it is pressed. */
export function ConfirmRollbackDialog(props: Props) {
  const { app, record, components, stay, comment, onClose, onStarted, onChoiceRefused } = props;
  const titleId = useId();
  const start = useStartTemplateRollback(app.id, record.id);
  // One key per confirmation: a double click or a Retry replays it, so one rollback starts.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const busy = useRef(false);
  const restored = record.components.filter((c) => components.includes(c.name));

  const yes = () => {
    if (busy.current) return;
    busy.current = true;
    const body = {
      revision: app.revision,
      components: [...components],
      comment: comment || undefined,
    };
    // mutateAsync: the answer arrives even if the refreshed record has replaced this dialog.
    start.mutateAsync({ applicationId: app.id, upgradeId: record.id, body, idempotencyKey }).then(
      (operation) => onStarted(operation.id),
      (error: unknown) => {
        busy.current = false;
        // A refused choice or comment goes back to its field on the page.
        const placed = ['components', 'comment'];
        if (isApiError(error) && placed.some((f) => error.fieldErrors[f])) onChoiceRefused(error);
      },
    );
  };
  const refused = start.isError && isRefusal(start.error);
  const problem = start.isError ? describeError(start.error) : null;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{`Roll back ${app.name}?`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            {`These components go back to the version they ran before the upgrade ${record.fromVersion} → ${record.toVersion}:`}
          </DialogContentText>
          <ul style={{ margin: 0 }} aria-label="Components to restore">
            {restored.map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong> <span>{restoreText(c)}</span>
              </li>
            ))}
          </ul>
          {stay.length > 0 && (
            <Typography>{`${stay.join(', ')} ${stay.length === 1 ? 'stays' : 'stay'}: a rollback does not remove what the upgrade added.`}</Typography>
          )}
          {comment && <Typography color="textSecondary">{`Comment: ${comment}`}</Typography>}
          {problem && (
            <Alert
              severity="error"
              action={
                refused ? undefined : (
                  <Button color="inherit" size="small" onClick={yes} loading={start.isPending}>
                    Retry
                  </Button>
                )
              }
            >
              <AlertTitle>{problem.title}</AlertTitle>
              {problem.detail}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, '& > :not(style) ~ :not(style)': { ml: 0 } }}>
        <Button onClick={onClose}>{refused ? 'Close' : 'Cancel'}</Button>
        {!refused && (
          <Button variant="contained" onClick={yes} loading={start.isPending || start.isSuccess}>
            Roll back
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
