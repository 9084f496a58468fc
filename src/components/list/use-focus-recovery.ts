import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';

function unusable(element: HTMLElement): boolean {
  return !element.isConnected || element.matches(':disabled');
}

/**
 * Keeps keyboard focus inside `root` when a re-render (a new page, a refresh) removes or disables
 * the element that had it: instead of falling to <body>, focus goes where `fallback` says. Focus
 * the person moved elsewhere is left alone.
 */
export function useFocusRecovery(
  rootRef: RefObject<HTMLElement | null>,
  trigger: unknown,
  fallback: (root: HTMLElement) => HTMLElement | null,
) {
  const last = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) last.current = event.target;
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !root.contains(next)) last.current = null;
    };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
    };
  }, [rootRef]);

  const recover = useEffectEvent(() => {
    const root = rootRef.current;
    const lost = last.current;
    if (!root || !lost || !unusable(lost)) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body && active !== lost) return;
    fallback(root)?.focus();
  });
  // Only a change of `trigger` (new rows, another page) can take focus away.
  useLayoutEffect(() => recover(), [trigger]);
}
