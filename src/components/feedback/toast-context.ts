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
}

export interface ToastApi {
  show(options: ToastOptions): void;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() needs a <ToastProvider> above it');
  return api;
}
