import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Escape, a click outside and Cancel/No all come here. */
  onClose: () => void;
  children: ReactNode;
  /** The buttons; just Close when absent. */
  actions?: ReactNode;
}

/** The frame of every dialog over the Versions tab. */
export function VersionDialog({ title, onClose, children, actions }: Props) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>{children}</Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, '& > :not(style) ~ :not(style)': { ml: 0 } }}>
        {actions ?? <Button onClick={onClose}>Close</Button>}
      </DialogActions>
    </Dialog>
  );
}
