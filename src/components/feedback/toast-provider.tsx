import { useLayoutEffect, useState, type ReactNode, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import CloseIcon from '@mui/icons-material/Close';
import { ToastContext, type ToastAction } from './toast-context';
import { toastPlacement, type ToastPlace } from './toast-placement';
import { useDialogLayer } from './use-dialog-layer';
import { useToastQueue } from './use-toast-queue';

/**
 * One toast at a time, queued; Escape or the Close button dismisses it. It never covers what
 * the person needs next: see toast-placement.ts for where it goes and why.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { api, current, open, close, exited } = useToastQueue();
  // The same breakpoint as the shell's permanent navigation.
  const desktop = useMediaQuery(useTheme().breakpoints.up('md'), { noSsr: true });
  const layer = useDialogLayer();
  const place: ToastPlace = layer ? 'dialog' : desktop ? 'navigation' : 'below-app-bar';
  const host = useToastHost(layer);
  const placement = toastPlacement[place];

  const handleClose = (_event: Event | SyntheticEvent, reason?: SnackbarCloseReason) => {
    // A click elsewhere on the page must not throw away a message nobody has read yet.
    if (reason === 'clickaway') return;
    close();
  };

  return (
    <ToastContext value={api}>
      {children}
      {createPortal(
        // Always mounted, so screen readers announce each toast politely as it is inserted.
        <Box role="status" aria-label="Notifications" data-toast-place={place}>
          {current ? (
            <Snackbar
              key={current.id}
              open={open}
              autoHideDuration={current.autoHideMs}
              onClose={handleClose}
              anchorOrigin={placement.anchorOrigin}
              sx={placement.sx}
              slotProps={{ transition: { onExited: exited } }}
            >
              <Alert
                role="none"
                severity={current.severity}
                variant="filled"
                // With an action the Alert shows ours instead of its Close button: keep both.
                onClose={current.action ? undefined : handleClose}
                action={
                  current.action ? (
                    <ToastButtons action={current.action} onClose={close} />
                  ) : undefined
                }
                sx={placement.alertSx}
              >
                {current.message}
              </Alert>
            </Snackbar>
          ) : null}
        </Box>,
        host,
      )}
    </ToastContext>
  );
}

/**
 * The element toasts render into, moved (not re-rendered) into the open dialog's layer and back
 * to <body>, so a toast on screen keeps its timer and its place in the queue.
 */
function useToastHost(layer: HTMLElement | null): HTMLElement {
  const [host] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    (layer ?? document.body).appendChild(host);
    // A modal hides the rest of the page from assistive technology; inside it, we are its part.
    host.removeAttribute('aria-hidden');
  }, [host, layer]);
  useLayoutEffect(() => () => host.remove(), [host]);
  return host;
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
