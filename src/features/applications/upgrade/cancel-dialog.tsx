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

export function CancelDialog({ open, name, onKeep, onDiscard }: Props) {
  return (
    <Dialog open={open} onClose={onKeep} aria-labelledby="cancel-upgrade-title">
      <DialogTitle id="cancel-upgrade-title">Cancel the upgrade?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {`The choices you made for upgrading ${name} will be lost. Nothing has been changed yet.`}
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
