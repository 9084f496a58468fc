import { startTransition, useEffect, useEffectEvent, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;

interface AppliedTextOptions<T> {
  /** The value currently applied (from the URL). */
  value: T;
  toText: (value: T) => string;
  /** The value a text stands for, or undefined when it must not be applied (too long, invalid). */
  read: (text: string) => { value: T } | undefined;
  onCommit: (value: T) => void;
  /** A value came from outside and replaced the text. */
  onOutside?: () => void;
}

/**
 * The text of a field that narrows a list. Typing updates only local state, so every keystroke
 * stays instant; the value is applied once typing pauses (or at once with `apply`, on Enter),
 * inside a transition so rendering the new rows never blocks the input.
 */
export function useAppliedText<T>({
  value,
  toText,
  read,
  onCommit,
  onOutside,
}: AppliedTextOptions<T>) {
  const [text, setText] = useState(() => toText(value));
  // `committed` is what this field last asked for; `seen` the last value the URL had. A URL
  // value that is neither came from outside (Back, Clear filters, a link): show it instead.
  const [committed, setCommitted] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setText(toText(value));
      onOutside?.();
    }
  }

  const apply = (raw: string) => {
    const next = read(raw);
    if (next === undefined || next.value === committed) return;
    setCommitted(next.value);
    startTransition(() => onCommit(next.value));
  };
  const applyAfterPause = useEffectEvent(apply);

  useEffect(() => {
    const timer = setTimeout(() => applyAfterPause(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return { text, setText, apply: () => apply(text) };
}
