import { useEffect, useState } from 'react';

/**
 * True once `active` has held for `delayMs`, false as soon as it stops: a progress indicator for
 * work that is usually fast mounts only when the work turns out slow (and a fast answer mounts,
 * styles and paints nothing).
 */
export function useShownAfter(active: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [active, delayMs]);
  return active && shown;
}
