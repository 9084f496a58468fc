import type { Page } from '@playwright/test';

/** What the page recorded while the search box was typed into. */
export interface TypingRecord {
  /** The search box's value as each key went down (before the key's own character). */
  valueAtKeydown: string[];
  /** The value after each input event. */
  valueAfterInput: string[];
  longTasks: { start: number; duration: number }[];
  /** Event Timing entries ≥ 16 ms (keydown, keypress, input…): input-to-paint delays. */
  slowEvents: { name: string; duration: number; inputDelay: number }[];
  startedAt: number;
  stoppedAt: number;
}

/** Starts recording in the page: keystrokes on the search box, long tasks, slow events. */
export async function startTypingRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record: TypingRecord = {
      valueAtKeydown: [],
      valueAfterInput: [],
      longTasks: [],
      slowEvents: [],
      startedAt: performance.now(),
      stoppedAt: 0,
    };
    const isSearch = (target: EventTarget | null): target is HTMLInputElement =>
      target instanceof HTMLInputElement && target.type === 'search';
    const onKeydown = (event: KeyboardEvent) => {
      if (isSearch(event.target)) record.valueAtKeydown.push(event.target.value);
    };
    const onInput = (event: Event) => {
      if (isSearch(event.target)) record.valueAfterInput.push(event.target.value);
    };
    document.addEventListener('keydown', onKeydown, true);
    document.addEventListener('input', onInput, true);
    const longTasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        record.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    });
    longTasks.observe({ type: 'longtask' });
    const events = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        record.slowEvents.push({
          name: entry.name,
          duration: entry.duration,
          inputDelay: entry.processingStart - entry.startTime,
        });
      }
    });
    events.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    const stop = () => {
      document.removeEventListener('keydown', onKeydown, true);
      document.removeEventListener('input', onInput, true);
      // Deliver what is still queued before disconnecting.
      for (const entry of longTasks.takeRecords()) {
        record.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
      longTasks.disconnect();
      events.disconnect();
      record.stoppedAt = performance.now();
      return record;
    };
    Object.assign(window, { __upshiftTypingStop: stop });
  });
}

export async function stopTypingRecorder(page: Page): Promise<TypingRecord> {
  return page.evaluate(() =>
    (window as unknown as { __upshiftTypingStop: () => TypingRecord }).__upshiftTypingStop(),
  );
}

/** The record in numbers, for the report: long tasks and slow events over the typing. */
export function summarise(label: string, query: string, delayMs: number, record: TypingRecord) {
  const durations = record.longTasks.map((t) => t.duration);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    label,
    query,
    keyDelayMs: delayMs,
    windowMs: round(record.stoppedAt - record.startedAt),
    longTasks: {
      count: durations.length,
      totalMs: round(durations.reduce((a, b) => a + b, 0)),
      maxMs: round(Math.max(0, ...durations)),
      all: record.longTasks.map((t) => ({
        startMs: round(t.start - record.startedAt),
        durationMs: round(t.duration),
      })),
    },
    slowEvents: {
      count: record.slowEvents.length,
      maxDurationMs: round(Math.max(0, ...record.slowEvents.map((e) => e.duration))),
      maxInputDelayMs: round(Math.max(0, ...record.slowEvents.map((e) => e.inputDelay))),
    },
  };
}

/** Every prefix of `text`, from "" to the whole of it. */
export const prefixes = (text: string) =>
  Array.from({ length: text.length + 1 }, (_, i) => text.slice(0, i));
