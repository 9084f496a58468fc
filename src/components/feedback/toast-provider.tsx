import { useCallback, useMemo, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import CloseIcon from '@mui/icons-material/Close';
import {
  ToastContext,
  type ToastAction,
  type ToastApi,
  type ToastOptions,
  type ToastSeverity,
} from './toast-context';

interface Toast {
  id: number;
  message: string;
  severity: ToastSeverity;
  autoHideMs: number | null;
  action?: ToastAction;
  yields?: boolean;
}

const defaultAutoHideMs = 6000;

/** One toast at a time, queued; Escape or the Close button dismisses it. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Toast[]>([]);
  const [closing, setClosing] = useState(false);
  const nextId = useRef(1);

  const show = useCallback((options: ToastOptions) => {
    const { message, severity = 'info', autoHideMs, action, yields } = options;
    const id = nextId.current++;
    const hide =
      autoHideMs === undefined ? (severity === 'error' ? null : defaultAutoHideMs) : autoHideMs;
    setQueue((current) => [
      ...current,
      { id, message, severity, autoHideMs: hide, action, yields },
    ]);
  }, []);
  const api = useMemo<ToastApi>(() => ({ show }), [show]);

  const current = queue[0];
  // A yielding toast closes as soon as another one waits behind it.
  const givesWay = current?.yields === true && queue.length > 1;
  const handleClose = (_event: Event | SyntheticEvent, reason?: SnackbarCloseReason) => {
    // A click elsewhere on the page must not throw away a message nobody has read yet.
    if (reason === 'clickaway') return;
    setClosing(true);
  };
  const handleExited = () => {
    setQueue((items) => items.slice(1));
    setClosing(false);
  };

  return (
    <ToastContext value={api}>
      {children}
      {/* Always mounted, so screen readers announce each toast politely as it is inserted. */}
      <Box role="status" aria-label="Notifications">
        {current ? (
          <Snackbar
            key={current.id}
            open={!closing && !givesWay}
            autoHideDuration={current.autoHideMs}
            onClose={handleClose}
            // Bottom left, beside the navigation: never over a dialog's actions.
            anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
            slotProps={{ transition: { onExited: handleExited } }}
          >
            <Alert
              role="none"
              severity={current.severity}
              variant="filled"
              // With an action the Alert shows ours instead of its Close button: keep both.
              onClose={current.action ? undefined : handleClose}
              action={
                current.action ? (
                  <ToastButtons action={current.action} onClose={() => setClosing(true)} />
                ) : undefined
              }
              sx={{ width: '100%', maxWidth: 560 }}
            >
              {current.message}
            </Alert>
          </Snackbar>
        ) : null}
      </Box>
    </ToastContext>
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
