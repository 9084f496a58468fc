import { createContext, useContext } from 'react';

export type ToastSeverity = 'success' | 'info' | 'warning' | 'error';

export interface ToastOptions {
  message: string;
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
