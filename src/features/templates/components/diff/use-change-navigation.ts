import { useCallback, useEffect, useRef, useState } from 'react';
import { diffRowId } from './component-selection';
import { nextStop, type ChangeStop } from './diff-items';

const TEXT_ENTRY =
  'input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable="true"], [role=dialog], [role=menu], [role=listbox]';

/** Focus the component's heading once the virtualised list has rendered it. */
function focusWhenRendered(name: string, triesLeft = 30) {
  const el = document.getElementById(diffRowId(name));
  if (el) {
    el.focus({ preventScroll: true });
    return;
  }
  if (triesLeft > 0) requestAnimationFrame(() => focusWhenRendered(name, triesLeft - 1));
}

/**
 * Next / previous change: buttons and the keys n / j (next) and p / k (previous). The list
 * scrolls to the change, focus moves to its heading, and a polite live region says where it is:
 * "Change 3 of 72: web, image".
 */
export function useChangeNavigation(
  stops: readonly ChangeStop[],
  scrollTo: (index: number) => void,
) {
  const [currentName, setCurrentName] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const current = currentName === null ? -1 : stops.findIndex((s) => s.name === currentName);

  const go = useCallback(
    (direction: 1 | -1) => {
      const next = nextStop(stops, current, direction);
      if (next === null) {
        setAnnouncement(
          stops.length === 0
            ? 'No changes to go to'
            : direction === 1
              ? `Last change reached (${stops.length} of ${stops.length})`
              : 'First change reached',
        );
        return;
      }
      const stop = stops[next];
      if (!stop) return;
      setCurrentName(stop.name);
      scrollTo(stop.index);
      setAnnouncement(`Change ${next + 1} of ${stops.length}: ${stop.label}`);
      requestAnimationFrame(() => focusWhenRendered(stop.name));
    },
    [current, stops, scrollTo],
  );

  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  }, [go]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TEXT_ENTRY)) return;
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'j') goRef.current(1);
      else if (key === 'p' || key === 'k') goRef.current(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return {
    current,
    announcement,
    next: () => go(1),
    previous: () => go(-1),
    /** Someone clicked or tabbed into a change: navigation continues from there. */
    setCurrent: setCurrentName,
  };
}
