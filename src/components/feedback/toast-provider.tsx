import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import Box from '@mui/material/Box';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';
import { ToastContext } from './toast-context';
import type { ToastPlace } from './toast-placement';
import { useDialogLayer } from './use-dialog-layer';
import { useToastQueue } from './use-toast-queue';

/** Snackbar and Alert: loaded when idle after the first paint, or when the first toast is due. */
const toastView = deferredModule(() => import('./toast-view'));

/**
 * One toast at a time, queued; Escape or the Close button dismisses it. It never covers what
 * the person needs next: see toast-placement.ts for where it goes and why. A toast due before
 * its view has loaded shows as soon as it has.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { api, current, open, close, exited } = useToastQueue();
  // The same breakpoint as the shell's permanent navigation.
  const desktop = useMediaQuery(useTheme().breakpoints.up('md'), { noSsr: true });
  const layer = useDialogLayer();
  const place: ToastPlace = layer ? 'dialog' : desktop ? 'navigation' : 'below-app-bar';
  const host = useToastHost(layer);
  const view = useModuleAfterContent(toastView);

  useEffect(() => {
    if (current) toastView.preload();
  }, [current]);
  useNeverShownExit(current?.id, open, view !== undefined, exited);

  return (
    <ToastContext value={api}>
      {children}
      {createPortal(
        // Always mounted, so screen readers announce each toast politely as it is inserted.
        <Box role="status" aria-label="Notifications" data-toast-place={place}>
          {current && view ? (
            <view.ToastView
              key={current.id}
              toast={current}
              open={open}
              place={place}
              onClose={close}
              onExited={exited}
            />
          ) : null}
        </Box>,
        host,
      )}
    </ToastContext>
  );
}

/**
 * A toast that was due while the view was loading and closed before it came (dismissed by its
 * key, or superseded) never showed: no exit transition will report it gone, so it leaves now.
 */
function useNeverShownExit(
  id: number | undefined,
  open: boolean,
  viewLoaded: boolean,
  exited: () => void,
) {
  const due = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (id === undefined) return;
    if (open) {
      due.current = viewLoaded ? undefined : id;
    } else if (due.current === id) {
      due.current = undefined;
      exited();
    }
  }, [id, open, viewLoaded, exited]);
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
