import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

export interface DiscardQuestion {
  open: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}

interface Props extends DiscardQuestion {
  /** What would be lost, e.g. "The changes you made to access to X will be lost." */
  children: string;
  /** The question, when leaving is more than closing a dialog (e.g. "Cancel the upgrade?"). */
  title?: string;
}

/** "Discard your changes?", asked before a dialog with unsaved input closes or is left. */
export function DiscardChangesDialog(props: Props) {
  const { open, onKeep, onDiscard, children, title = 'Discard your changes?' } = props;
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onKeep} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{children}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep}>Keep editing</Button>
        <Button color="error" variant="contained" onClick={onDiscard}>
          Discard changes
        </Button>
      </DialogActions>
    </Dialog>
  );
}
