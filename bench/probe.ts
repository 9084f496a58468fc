/**
 * What the bench reads back from a page: moments something was painted (performance.now() at
 * the animation frame after the DOM first met the condition), Event Timing entries, long tasks
 * and keydowns. `installProbe` runs in the page before any of its scripts (page.addInitScript),
 * so it must not use anything from outside its own body.
 */
export interface ProbeState {
  marks: Partial<Record<MarkName, number>>;
  events: { name: string; startTime: number; duration: number; interactionId: number }[];
  longTasks: { startTime: number; duration: number }[];
  keydowns: number[];
}

/**
 * firstRow: a row of a table body is laid out. shell: the app bar (`header`) and the main
 * navigation (`nav` named "Main") both are. firstChange: a row of a component's field table in the diff's Components
 * region. countChanged: the list's result count shows another text than when `armCount` ran.
 */
export type MarkName = 'firstRow' | 'shell' | 'firstChange' | 'countChanged';

export interface ProbeHandle {
  state: ProbeState;
  /** Remembers the result count's text; `countChanged` is marked when it next differs. */
  armCount: () => string | null;
  countText: () => string | null;
  /** Empties the entry lists, so a heap measurement does not count what the probe kept. */
  clear: () => void;
}

export const PROBE_KEY = '__upshiftBench';

export function installProbe(key: string): void {
  const state: ProbeState = { marks: {}, events: [], longTasks: [], keydowns: [] };
  let countBaseline: string | null = null;
  const pending = new Set<string>();

  const laidOut = (el: Element | null) => el !== null && el.getClientRects().length > 0;
  /** "1–25 of 10,018 applications", "No applications", "50 rows": a list's result count. */
  const countText = () => {
    for (const el of document.querySelectorAll('main [role="status"]')) {
      const text = el.textContent.trim();
      if (/\b(applications?|rows?)$/.test(text)) return text;
    }
    return null;
  };
  const conditions: Record<string, () => boolean> = {
    firstRow: () => laidOut(document.querySelector('table tbody tr')),
    // The main navigation, not a breadcrumb trail (also a <nav>).
    shell: () =>
      laidOut(document.querySelector('header')) &&
      laidOut(document.querySelector('nav[aria-label="Main"]')),
    firstChange: () =>
      laidOut(document.querySelector('[role="region"][aria-label="Components"] table tbody tr')),
    countChanged: () => {
      if (countBaseline === null) return false;
      const text = countText();
      return text !== null && text !== countBaseline;
    },
  };

  const check = () => {
    for (const [name, holds] of Object.entries(conditions)) {
      if (name in state.marks || pending.has(name) || !holds()) continue;
      pending.add(name);
      requestAnimationFrame(() => {
        state.marks[name as MarkName] = performance.now();
        pending.delete(name);
      });
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });

  const observe = (
    type: string,
    options: PerformanceObserverInit,
    take: (e: PerformanceEntry) => void,
  ) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({
        type,
        buffered: true,
        ...options,
      });
    } catch {
      // An entry type this browser does not have leaves its figure empty, with a note.
    }
  };
  observe('event', { durationThreshold: 16 } as PerformanceObserverInit, (e) => {
    const timing = e as PerformanceEventTiming;
    state.events.push({
      name: timing.name,
      startTime: timing.startTime,
      duration: timing.duration,
      interactionId: timing.interactionId,
    });
  });
  observe('longtask', {}, (e) =>
    state.longTasks.push({ startTime: e.startTime, duration: e.duration }),
  );
  // Kept by the browser for getEntriesByType('paint'); observed so it is buffered from the start.
  observe('paint', {}, () => undefined);
  performance.setResourceTimingBufferSize(5000);
  document.addEventListener('keydown', (event) => state.keydowns.push(event.timeStamp), true);

  const handle: ProbeHandle = {
    state,
    countText,
    armCount: () => {
      countBaseline = countText();
      delete state.marks.countChanged;
      return countBaseline;
    },
    clear: () => {
      state.events.length = 0;
      state.longTasks.length = 0;
      state.keydowns.length = 0;
    },
  };
  Object.assign(window, { [key]: handle });
}
