import type { SyntheticEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import CloseIcon from '@mui/icons-material/Close';
import type { ToastAction } from './toast-context';
import { toastPlacement, type ToastPlace } from './toast-placement';
import type { Toast } from './use-toast-queue';

interface ToastViewProps {
  toast: Toast;
  open: boolean;
  place: ToastPlace;
  onClose: () => void;
  /** After the exit transition: the next toast may come in. */
  onExited: () => void;
}

/** The toast on screen: loaded by ToastProvider when the first one is due (or when idle). */
export function ToastView({ toast, open, place, onClose, onExited }: ToastViewProps) {
  const placement = toastPlacement[place];
  const handleClose = (_event: Event | SyntheticEvent, reason?: SnackbarCloseReason) => {
    // A click elsewhere on the page must not throw away a message nobody has read yet.
    if (reason === 'clickaway') return;
    onClose();
  };

  return (
    <Snackbar
      open={open}
      autoHideDuration={toast.autoHideMs}
      onClose={handleClose}
      anchorOrigin={placement.anchorOrigin}
      sx={placement.sx}
      slotProps={{ transition: { onExited } }}
    >
      <Alert
        role="none"
        severity={toast.severity}
        variant="filled"
        // With an action the Alert shows ours instead of its Close button: keep both.
        onClose={toast.action ? undefined : handleClose}
        action={toast.action ? <ToastButtons action={toast.action} onClose={onClose} /> : undefined}
        sx={placement.alertSx}
      >
        {toast.message}
      </Alert>
    </Snackbar>
  );
}

function ToastButtons({ action, onClose }: { action: ToastAction; onClose: () => void }) {
  return (
    <>
      <Button
        color="inherit"
        size="small"
        sx={{ whiteSpace: 'nowrap' }}
        onClick={() => {
          action.onClick();
          onClose();
        }}
      >
        {action.label}
      </Button>
      <IconButton color="inherit" size="small" aria-label="Close" title="Close" onClick={onClose}>
        <CloseIcon fontSize="small" />
      </IconButton>
    </>
  );
}
