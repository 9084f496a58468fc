import { createContext, useContext } from 'react';

export type ToastSeverity = 'success' | 'info' | 'warning' | 'error';

export interface ToastAction {
  /** The button's text, e.g. "Open Inbox". */
  label: string;
  /** Runs on click; the toast closes afterwards. */
  onClick: () => void;
}

export interface ToastOptions {
  message: string;
  /** One button beside the message, e.g. to open what the toast is about. */
  action?: ToastAction;
  /**
   * Background news (e.g. a notification that arrived): it gives way as soon as another toast
   * is queued, so it never holds up the answer to what the person just did.
   */
  yields?: boolean;
  /** Defaults to 'info'. */
  severity?: ToastSeverity;
  /** Milliseconds before it hides; `null` keeps it until dismissed. Errors default to `null`. */
  autoHideMs?: number | null;
  /**
   * What the toast is about, e.g. `notification:n-1`: a new toast with the same key replaces it,
   * and `dismiss(key)` takes it away once it no longer holds (a failure that a retry fixed).
   */
  key?: string;
}

export interface ToastApi {
  show(options: ToastOptions): void;
  /** Closes the toast with this key, or drops it from the queue; nothing if there is none. */
  dismiss(key: string): void;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() needs a <ToastProvider> above it');
  return api;
}
