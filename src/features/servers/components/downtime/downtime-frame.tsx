import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { DialogFrame } from '@/components/layout/dialog-frame';

interface Props {
  title: string;
  /** Escape and Cancel both come here. */
  onClose: () => void;
  children: ReactNode;
  /** The buttons after Cancel; without them the only button is Close. */
  actions?: ReactNode;
}

/** The downtime dialog's frame: Cancel first and focused, so Enter or Escape changes nothing. */
export function DowntimeFrame({ title, onClose, children, actions }: Props) {
  return (
    <DialogFrame
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose} autoFocus>
            {actions ? 'Cancel' : 'Close'}
          </Button>
          {actions}
        </>
      }
    >
      {children}
    </DialogFrame>
  );
}
