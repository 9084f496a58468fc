import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import type { ReactNode } from 'react';

const TITLE_ID = 'manage-access-title';

interface Props {
  /** The application's name, once known. */
  name?: string;
  /** Escape, a click outside and Cancel all come here. */
  onClose: () => void;
  children: ReactNode;
}

/** The Manage access dialog's frame, the same whether it edits, loads or refuses. */
export function AccessDialogFrame({ name, onClose, children }: Props) {
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby={TITLE_ID}>
      <DialogTitle id={TITLE_ID}>{name ? `Manage access to ${name}` : 'Manage access'}</DialogTitle>
      {children}
    </Dialog>
  );
}
