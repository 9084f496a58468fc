import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ToastAction, ToastApi, ToastOptions, ToastSeverity } from './toast-context';

export interface Toast {
  id: number;
  message: string;
  severity: ToastSeverity;
  autoHideMs: number | null;
  action?: ToastAction;
  yields?: boolean;
  key?: string;
  /** Dismissed by its key while on screen: it closes, then leaves the queue. */
  dismissed?: boolean;
}

const defaultAutoHideMs = 6000;

/**
 * One toast at a time, in order. The first one stays in the queue while it closes (its exit
 * transition), so `open` says whether it should still be shown.
 */
export function useToastQueue() {
  const [queue, setQueue] = useState<Toast[]>([]);
  const [closing, setClosing] = useState(false);
  const nextId = useRef(1);

  const show = useCallback((options: ToastOptions) => {
    const { message, severity = 'info', autoHideMs, action, yields, key } = options;
    const hide =
      autoHideMs === undefined ? (severity === 'error' ? null : defaultAutoHideMs) : autoHideMs;
    const toast: Toast = { id: nextId.current++, message, severity, autoHideMs: hide, action };
    if (yields) toast.yields = true;
    if (key !== undefined) toast.key = key;
    setQueue(([head, ...rest]) => {
      if (!head) return [toast];
      // A newer word on the same subject replaces the older one; it comes next if that one shows.
      const others = key === undefined ? rest : rest.filter((t) => t.key !== key);
      return key !== undefined && head.key === key
        ? [head, toast, ...others]
        : [head, ...others, toast];
    });
  }, []);

  const dismiss = useCallback((key: string) => {
    setQueue(([head, ...rest]) => {
      if (!head) return [];
      const kept = rest.filter((t) => t.key !== key);
      return [head.key === key ? { ...head, dismissed: true } : head, ...kept];
    });
  }, []);

  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);
  const current = queue[0];
  const next = queue[1];
  // Background news gives way to anything queued; any toast gives way to a newer one on its subject.
  const superseded =
    next !== undefined &&
    (current?.yields === true || (current?.key !== undefined && next.key === current.key));
  const open = current !== undefined && !closing && !superseded && current.dismissed !== true;

  const exited = useCallback(() => {
    setQueue((items) => items.slice(1));
    setClosing(false);
  }, []);

  // A toast closed before it ever showed has no exit transition to wait for.
  const shown = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!current) return;
    if (open) shown.current = current.id;
    else if (shown.current !== current.id) exited();
  }, [current, open, exited]);

  return {
    api,
    current,
    open,
    close: () => setClosing(true),
    /** After the exit transition: the next toast may come in. */
    exited,
  };
}
