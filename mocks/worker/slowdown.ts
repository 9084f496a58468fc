/**
 * Chromium throttles only a page's main thread ("Operation is only supported for pages, not
 * workers"), so a benchmark that slows the page 4x would see the simulator's worker at full
 * speed. Given a factor, the worker makes up for it: after a piece of work that took `ms`, it
 * stays busy for (factor − 1) times as long, as a processor that much slower would have been.
 */
export function makeUpFor(factor: number, ms: number) {
  if (!(factor > 1)) return;
  const until = performance.now() + ms * (factor - 1);
  while (performance.now() < until) {
    // Busy, as a slower processor would be.
  }
}

/** Runs `work` (sync or async), then makes up for its time at `factor`. */
export async function slowed<T>(factor: number, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    makeUpFor(factor, performance.now() - start);
  }
}

/** Runs synchronous `work`, then makes up for its time at `factor`. */
export function slowedNow<T>(factor: number, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    makeUpFor(factor, performance.now() - start);
  }
}
