import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

interface Props {
  open: boolean;
  name: string;
  onKeep: () => void;
  onDiscard: () => void;
}

export function DiscardAccessDialog({ open, name, onKeep, onDiscard }: Props) {
  return (
    <Dialog open={open} onClose={onKeep} aria-labelledby="discard-access-title">
      <DialogTitle id="discard-access-title">Discard your changes?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {`The changes you made to access to ${name} will be lost. Nothing has been saved.`}
        </DialogContentText>
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
