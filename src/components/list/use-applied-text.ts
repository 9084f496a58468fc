import { startTransition, useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLatest } from '@/lib/use-latest';

export const SEARCH_DEBOUNCE_MS = 250;
/**
 * A shorter pause after which what is typed may be looked up ahead (`onPreview`), so the rows
 * are there when the text applies: a fast typist's keystrokes come closer together than this.
 */
export const PREVIEW_PAUSE_MS = 100;

interface AppliedTextOptions<T> {
  /** The value currently applied (from the URL). */
  value: T;
  toText: (value: T) => string;
  /** The value a text stands for, or undefined when it must not be applied (too long, invalid). */
  read: (text: string) => { value: T } | undefined;
  onCommit: (value: T) => void;
  /** A value came from outside and replaced the text. */
  onOutside?: () => void;
  /** Called after a short pause with the value the text will apply, to fetch it ahead. */
  onPreview?: (value: T) => void;
}

/**
 * The text of a field that narrows a list. Typing updates only local state, so every keystroke
 * stays instant; the value is applied once typing pauses (or at once with `apply`, on Enter),
 * inside a transition so rendering the new rows never blocks the input. The pause counts from
 * the keystroke, not from the render that followed it.
 */
export function useAppliedText<T>({
  value,
  toText,
  read,
  onCommit,
  onOutside,
  onPreview,
}: AppliedTextOptions<T>) {
  const [text, setTextState] = useState(() => toText(value));
  const typedAt = useRef(0);
  // `committed` is what this field last asked for; `seen` the last value the URL had. A URL
  // value that is neither came from outside (Back, Clear filters, a link): show it instead.
  const [committed, setCommitted] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setTextState(toText(value));
      onOutside?.();
    }
  }

  const setText = useCallback((next: string) => {
    typedAt.current = performance.now();
    setTextState(next);
  }, []);
  const apply = (raw: string) => {
    const next = read(raw);
    if (next === undefined || next.value === committed) return;
    setCommitted(next.value);
    startTransition(() => onCommit(next.value));
  };
  const applyAfterPause = useEffectEvent(apply);
  const previewAfterPause = useEffectEvent((raw: string) => {
    if (!onPreview) return;
    const next = read(raw);
    if (next !== undefined && next.value !== committed) onPreview(next.value);
  });

  useEffect(() => {
    const since = performance.now() - typedAt.current;
    const preview = setTimeout(
      () => previewAfterPause(text),
      Math.max(0, PREVIEW_PAUSE_MS - since),
    );
    const timer = setTimeout(() => applyAfterPause(text), Math.max(0, SEARCH_DEBOUNCE_MS - since));
    return () => {
      clearTimeout(preview);
      clearTimeout(timer);
    };
  }, [text]);

  // `setText` and `applyNow` keep their identity, so a memoised field does not re-render for them.
  const applyLatest = useLatest(() => apply(text));
  const applyNow = useCallback(() => applyLatest.current(), [applyLatest]);

  return { text, setText, apply: applyNow };
}
