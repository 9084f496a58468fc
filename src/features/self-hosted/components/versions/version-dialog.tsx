import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { DialogFrame } from '@/components/layout/dialog-frame';

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
  return (
    <DialogFrame
      title={title}
      onClose={onClose}
      actions={actions ?? <Button onClick={onClose}>Close</Button>}
    >
      {children}
    </DialogFrame>
  );
}
