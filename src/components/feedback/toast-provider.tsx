import { useCallback, useMemo, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import {
  ToastContext,
  type ToastApi,
  type ToastOptions,
  type ToastSeverity,
} from './toast-context';

interface Toast {
  id: number;
  message: string;
  severity: ToastSeverity;
  autoHideMs: number | null;
}

const defaultAutoHideMs = 6000;

/** One toast at a time, queued; Escape or the Close button dismisses it. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Toast[]>([]);
  const [closing, setClosing] = useState(false);
  const nextId = useRef(1);

  const show = useCallback(({ message, severity = 'info', autoHideMs }: ToastOptions) => {
    const id = nextId.current++;
    const hide =
      autoHideMs === undefined ? (severity === 'error' ? null : defaultAutoHideMs) : autoHideMs;
    setQueue((current) => [...current, { id, message, severity, autoHideMs: hide }]);
  }, []);
  const api = useMemo<ToastApi>(() => ({ show }), [show]);

  const current = queue[0];
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
            open={!closing}
            autoHideDuration={current.autoHideMs}
            onClose={handleClose}
            anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
            slotProps={{ transition: { onExited: handleExited } }}
          >
            <Alert
              role="none"
              severity={current.severity}
              variant="filled"
              onClose={handleClose}
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
