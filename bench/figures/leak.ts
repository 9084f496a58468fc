import type { Page } from 'playwright';
import {
  clearProbe,
  heapAfterGcMB,
  loadAndWait,
  MeasureError,
  type BenchPage,
} from '../page-session';

/** The five areas, by their navigation link, URL and main heading; Applications last (the start). */
const AREAS = [
  { link: 'My Applications', path: '/my-applications', heading: 'My Applications' },
  { link: 'Templates', path: '/templates', heading: 'Templates' },
  { link: 'Servers', path: '/servers', heading: 'Servers' },
  { link: 'Platform', path: '/platform', heading: 'Platform' },
  { link: 'Applications', path: '/applications', heading: 'Applications' },
];
export const LAPS = 20;

/** Clicks the area's link and waits until its heading shows and nothing is loading any more. */
async function visit(page: Page, area: (typeof AREAS)[number]): Promise<void> {
  const where = `${area.link} (${area.path})`;
  try {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: area.link, exact: true })
      .click({ timeout: 10_000 });
    await page.waitForURL((url) => url.pathname === area.path, { timeout: 15_000 });
    await page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: area.heading, exact: true })
      .waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      () => !document.querySelector('main .MuiSkeleton-root, header [role="progressbar"]'),
      undefined,
      { polling: 100, timeout: 15_000 },
    );
  } catch (error) {
    throw new MeasureError(
      `visiting ${where}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
    );
  }
}

/** The heap without what the bench's probe kept (Event Timing and long task entries). */
async function appHeap(bench: BenchPage): Promise<number> {
  await clearProbe(bench);
  return heapAfterGcMB(bench);
}

export interface Leak {
  /** Heap after GC after the first lap and after the last, in MB. */
  before: number;
  after: number;
  growth: number;
  seconds: number;
}

/** Loads /applications, visits the five areas `laps` times through the navigation. */
export async function leakCheck(bench: BenchPage, appUrl: string, laps = LAPS): Promise<Leak> {
  const started = performance.now();
  await loadAndWait(bench, `${appUrl}/applications`, ['firstRow']);
  for (const area of AREAS) await visit(bench.page, area);
  const before = await appHeap(bench);
  for (let lap = 2; lap <= laps; lap++) {
    for (const area of AREAS) await visit(bench.page, area);
  }
  const after = await appHeap(bench);
  return { before, after, growth: after - before, seconds: (performance.now() - started) / 1000 };
}
