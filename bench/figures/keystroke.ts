import type { Page } from 'playwright';
import { MeasureError, probeState, waitForMarks, type BenchPage } from '../page-session';
import { PROBE_KEY, type ProbeHandle } from '../probe';

/** Event Timing reports only events of 16 ms or more (its smallest threshold). */
export const EVENT_TIMING_THRESHOLD_MS = 16;
const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input', 'keyup']);
/** Types one character that narrows both lists (names carry 5-digit numbers). */
const KEY = '7';

export interface Keystroke {
  /** The longest Event Timing duration of the keystroke's events. */
  inp: number;
  /** From the keydown's timeStamp to the result count's new text painted. */
  toCount: number;
  notes: string[];
}

/**
 * Lets the page finish what it still does after its first row (requests, lazy chunks), so the
 * keystroke measures typing and not start-up work it happens to land on.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(
    () => new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 2000 })),
  );
}

/**
 * One search keystroke on a list that is ready: once the page is idle, focus the search box (no
 * pointer event), type one character, wait for the count to change.
 */
export async function searchKeystroke(bench: BenchPage, searchName: string): Promise<Keystroke> {
  const { page } = bench;
  await settle(page);
  const box = page.getByRole('searchbox', { name: searchName, exact: true });
  await box.focus({ timeout: 10_000 });
  const before = await page.evaluate(
    (key) => (window as unknown as Record<string, ProbeHandle>)[key]?.armCount() ?? null,
    PROBE_KEY,
  );
  if (before === null) throw new MeasureError(`no result count next to "${searchName}"`);
  await page.keyboard.press(KEY);
  const { countChanged } = await waitForMarks(bench, ['countChanged'], 15_000);
  // Event Timing entries arrive after the frame that follows the event: give them two frames.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.waitForTimeout(100);
  const state = await probeState(page);
  const keydown = state.keydowns.at(-1);
  if (keydown === undefined) throw new MeasureError('the keydown was not seen by the page');
  const mine = state.events.filter((e) => KEY_EVENTS.has(e.name) && e.startTime >= keydown - 1);
  const notes: string[] = [];
  let inp = Math.max(0, ...mine.map((e) => e.duration));
  if (mine.length === 0) {
    inp = EVENT_TIMING_THRESHOLD_MS;
    notes.push(
      `keystroke under the ${String(EVENT_TIMING_THRESHOLD_MS)} ms Event Timing threshold: counted as ${String(EVENT_TIMING_THRESHOLD_MS)} ms`,
    );
  }
  return { inp, toCount: countChanged - keydown, notes };
}
