import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ComponentDiff } from '@/contract/template-diff';
import { newIdempotencyKey } from '@/lib/api-client';
import { componentChangeLabels } from '../../upgrade-status';

interface Props {
  application: string;
  from: string;
  to: string;
  chosen: readonly ComponentDiff[];
  leftOut: readonly ComponentDiff[];
  comment: string;
  busy: boolean;
  onCancel: () => void;
  /** With this confirmation's Idempotency-Key: the same for every press. */
  onConfirm: (idempotencyKey: string) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What will change, how many components; Upgrade starts it once. Shown while mounted. */
export function UpgradeConfirmDialog(p: Props) {
  // One key per confirmation: a double click or a second try in it replays the same request.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const partial = p.leftOut.length > 0;
  return (
    <Dialog
      open
      onClose={p.busy ? undefined : p.onCancel}
      aria-labelledby="upgrade-confirm-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="upgrade-confirm-title">{`Upgrade ${p.application} to ${p.to}?`}</DialogTitle>
      <DialogContent>
        <Typography gutterBottom>
          {`${plural(p.chosen.length, 'component')} will change (${p.from} → ${p.to}):`}
        </Typography>
        <Typography component="ul" sx={{ mt: 0, pl: 3 }}>
          {p.chosen.map((c) => (
            <li key={c.name}>{`${c.name}: ${componentChangeLabels[c.change].toLowerCase()}`}</li>
          ))}
        </Typography>
        {partial ? (
          <Typography gutterBottom>
            {`Left out, so the application will be partially upgraded: ${p.leftOut.map((c) => c.name).join(', ')}.`}
          </Typography>
        ) : (
          <Typography gutterBottom>Every change of {p.to} is included.</Typography>
        )}
        {p.comment.trim() && (
          <Typography color="textSecondary">{`Comment: ${p.comment.trim()}`}</Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={p.onCancel} disabled={p.busy}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => p.onConfirm(idempotencyKey)} loading={p.busy}>
          Upgrade
        </Button>
      </DialogActions>
    </Dialog>
  );
}
