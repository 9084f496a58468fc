import { useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { pressedWhileShowing, showWaitingArrivals } from '@/lib/deferred-module';
import { selectParts } from './use-select-parts';

/** The keys that open MUI's Select from its focused box. */
const OPENING_KEYS = new Set([' ', 'Enter', 'ArrowDown', 'ArrowUp']);
const SELECT = '[role="combobox"]';

/**
 * A select's placeholder stands in for it: it takes its place in the Tab order, and a press or
 * an opening key on it loads the select. The select that replaces it takes the focus, and opens
 * if that was asked. Without this someone quick with Tab passed a filter whose select had not
 * arrived yet, and a press on it did nothing. Spread the result on the placeholder's root; its
 * focusable part has the combobox role.
 */
export function usePlaceholderHandoff<E extends HTMLElement>() {
  const root = useRef<E>(null);
  const opening = useRef(false);
  useLayoutEffect(() => {
    const node = root.current;
    return () => {
      if (!node?.parentNode) return;
      const pressed = pressedWhileShowing(node);
      if (!pressed && !node.contains(document.activeElement)) return;
      // Still in the document while React removes it; the select that replaces it is inserted
      // in the same commit, named as it is (every filter's placeholder may go in that commit).
      const parent = node.parentNode;
      const name = nameOf(node.querySelector(SELECT));
      if (pressed) {
        // This press goes on to its mousedown, whose default moves the focus: the select opens
        // once the press is over, or an open menu would lose the focus to it (and Escape).
        afterPress(() => handOff(parent, name, true, true));
        return;
      }
      const open = opening.current;
      queueMicrotask(() => handOff(parent, name, open, false));
    };
  }, []);
  const ask = () => {
    opening.current = true;
    selectParts.preload();
    showWaitingArrivals();
  };
  return {
    ref: root,
    onKeyDown: (event: KeyboardEvent<E>) => {
      if (!OPENING_KEYS.has(event.key)) return;
      event.preventDefault();
      ask();
    },
    onMouseDown: (event: MouseEvent<E>) => {
      if (event.button !== 0) return;
      // As MUI's Select: the press focuses the box and opens, instead of a click.
      event.preventDefault();
      event.currentTarget.querySelector<HTMLElement>(SELECT)?.focus();
      ask();
    },
  };
}

/** The text of what names a select (its label), as MUI's Select and the placeholders name it. */
function nameOf(select: Element | null): string | undefined {
  const ids = select?.getAttribute('aria-labelledby')?.split(' ') ?? [];
  const texts = ids.map((id) => document.getElementById(id)?.textContent ?? '');
  return texts.join(' ') || undefined;
}

/** Runs `task` once the pointer that is down is released (or the press is cancelled). */
function afterPress(task: () => void) {
  const done = () => {
    document.removeEventListener('pointerup', done, true);
    document.removeEventListener('pointercancel', done, true);
    // After the release's mouseup and click, which come in the same task.
    setTimeout(task, 0);
  };
  document.addEventListener('pointerup', done, true);
  document.addEventListener('pointercancel', done, true);
}

function handOff(parent: ParentNode, name: string | undefined, open: boolean, pressed: boolean) {
  // Focus moved elsewhere meanwhile: it stays there. A press moved it itself.
  const focused = document.activeElement;
  if (!pressed && focused && focused !== document.body) return;
  if (name === undefined || !(parent as Node).isConnected) return;
  const select = [...parent.querySelectorAll<HTMLElement>(SELECT)].find((s) => nameOf(s) === name);
  // The press's mousedown may have landed on the select, which opened itself.
  if (!select || select.getAttribute('aria-expanded') === 'true') return;
  select.focus();
  if (open) {
    select.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }),
    );
  }
}
