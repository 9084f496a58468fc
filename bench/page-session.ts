import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';
import type { SessionCookie } from './api-controls';
import { installProbe, PROBE_KEY, type MarkName, type ProbeHandle, type ProbeState } from './probe';

/** A figure could not be taken (nothing painted in time, no entries): it gets a note, not a crash. */
export class MeasureError extends Error {}

export interface PageSetup {
  cpu: number;
  /** Signed in on the production server. */
  cookie?: { url: string; session: SessionCookie };
  /** localStorage entries set once before the app starts (the standalone simulator's boot). */
  storage?: Record<string, string>;
}

export interface BenchPage {
  page: Page;
  context: BrowserContext;
  cdp: CDPSession;
  /** Every script response so far: its URL and its body (null when the body was not readable). */
  scripts: { url: string; body: Promise<Buffer | null> }[];
  /** Uncaught exceptions and console errors, for the note when something is not painted. */
  errors: string[];
  close: () => Promise<void>;
}

const MARK_TIMEOUT_MS = 30_000;

/** A fresh context (1280×800, en-US, UTC) and page, CPU throttled, with the probe installed. */
export async function openPage(browser: Browser, setup: PageSetup): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  if (setup.cookie) {
    await context.addCookies([
      { ...setup.cookie.session, url: setup.cookie.url, httpOnly: true, sameSite: 'Strict' },
    ]);
  }
  await context.addInitScript(installProbe, PROBE_KEY);
  if (setup.storage) {
    await context.addInitScript((entries) => {
      try {
        if (sessionStorage.getItem('upshift-bench.storage-set')) return;
        sessionStorage.setItem('upshift-bench.storage-set', '1');
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      } catch {
        // about:blank has no storage; the app's page will.
      }
    }, setup.storage);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: setup.cpu });
  const scripts: BenchPage['scripts'] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({ url: response.url(), body: response.body().catch(() => null) });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, context, cdp, scripts, errors, close: () => context.close() };
}

export function probeState(page: Page): Promise<ProbeState> {
  return page.evaluate(
    (key) => (window as unknown as Record<string, ProbeHandle>)[key]?.state,
    PROBE_KEY,
  ) as Promise<ProbeState>;
}

/** What the page shows, for a note: its path, its first heading and its errors. */
async function describe(bench: BenchPage): Promise<string> {
  const heading = await bench.page
    .evaluate(() => document.querySelector('h1')?.textContent ?? '(no h1)')
    .catch(() => '(page gone)');
  const path = new URL(bench.page.url()).pathname;
  const errors = bench.errors.length > 0 ? `; errors: ${bench.errors.slice(0, 3).join(' | ')}` : '';
  return `the page was at ${path} showing "${heading}"${errors}`;
}

/** Waits until every mark is taken; returns them (ms from navigation start). */
export async function waitForMarks(
  bench: BenchPage,
  names: readonly MarkName[],
  timeoutMs = MARK_TIMEOUT_MS,
): Promise<Record<MarkName, number>> {
  try {
    await bench.page.waitForFunction(
      ({ key, names }) => {
        const handle = (window as unknown as Record<string, ProbeHandle | undefined>)[key];
        return handle !== undefined && names.every((name) => name in handle.state.marks);
      },
      { key: PROBE_KEY, names },
      { polling: 100, timeout: timeoutMs },
    );
  } catch {
    throw new MeasureError(
      `${names.join(' and ')} not painted within ${String(timeoutMs / 1000)} s: ${await describe(bench)}`,
    );
  }
  const { marks } = await probeState(bench.page);
  return marks as Record<MarkName, number>;
}

/** Navigates and waits for the marks: a full load, measured from navigation start. */
export async function loadAndWait(bench: BenchPage, url: string, names: readonly MarkName[]) {
  await bench.page.goto(url, { waitUntil: 'commit' });
  return waitForMarks(bench, names);
}

/** Empties the probe's entry lists: over 100 navigations they would count as the app's growth. */
export async function clearProbe(bench: BenchPage): Promise<void> {
  await bench.page.evaluate(
    (key) => (window as unknown as Record<string, ProbeHandle | undefined>)[key]?.clear(),
    PROBE_KEY,
  );
}

/** JS heap in MB (10^6 bytes) after full garbage collections (two: finalizers free more). */
export async function heapAfterGcMB(bench: BenchPage): Promise<number> {
  await bench.cdp.send('HeapProfiler.collectGarbage');
  await bench.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await bench.cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

export function domNodeCount(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/** The scripts requested before `before` (ms from navigation start): count and gzip KB. */
export async function scriptsBefore(bench: BenchPage, before: number) {
  const started = await bench.page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= until)
        .map((e) => e.name),
    before,
  );
  const requested = new Set(started);
  const mine = bench.scripts.filter((s) => requested.has(s.url));
  const bodies = await Promise.all(mine.map((s) => s.body));
  if (bodies.some((b) => b === null)) {
    throw new MeasureError('a script body could not be read');
  }
  const bytes = bodies.reduce(
    (sum, body) => sum + (body ? gzipSync(body, { level: 9 }).length : 0),
    0,
  );
  return { count: mine.length, kb: bytes / 1000, urls: mine.map((s) => s.url) };
}
