/**
 * Preloads of what the first screen does not need wait until the page's content is painted, so
 * they never compete with it for the network or the main thread: a page marks it when it first
 * renders, a list when its rows (or its empty state, or its failure) are on screen, the sign-in
 * screen when it shows; a page that never does counts as painted after CONTENT_WAIT_MS.
 */
const CONTENT_WAIT_MS = 3000;
const IDLE_TIMEOUT_MS = 2000;

let painted = false;
let fallback: ReturnType<typeof setTimeout> | undefined;
/** In the order they will run; each task once (a hundred rows ask for the same tooltip). */
const waiting: (() => void)[] = [];
const scheduled = new Set<() => void>();

/** Runs `task` once the browser is idle (a moment later where it has no requestIdleCallback). */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(task, 50);
  }
}

function runWhenIdle(task: () => void) {
  if (scheduled.has(task)) return;
  scheduled.add(task);
  whenIdle(() => {
    scheduled.delete(task);
    task();
  });
}

/** The page's main content is on screen: preloads may start once the browser is idle. */
export function markContentPainted(): void {
  if (painted) return;
  painted = true;
  clearTimeout(fallback);
  waiting.splice(0).forEach(runWhenIdle);
}

/**
 * Runs `task` when the browser is idle after the page's content has painted; `first` for what
 * the page shows a placeholder of meanwhile (it goes before the rest).
 */
export function afterContentPainted(task: () => void, { first = false } = {}): void {
  if (painted) {
    runWhenIdle(task);
    return;
  }
  if (waiting.includes(task)) return;
  if (first) waiting.unshift(task);
  else waiting.push(task);
  fallback ??= setTimeout(markContentPainted, CONTENT_WAIT_MS);
}

/**
 * Forgets the page's state, as a new document would: nothing painted, nothing waiting, no
 * fallback pending. For test files, which share this module and outlive each other's documents.
 */
export function resetAfterContent(): void {
  clearTimeout(fallback);
  fallback = undefined;
  painted = false;
  waiting.length = 0;
}

/**
 * Runs `task` once the next frame has been painted: a requestAnimationFrame callback runs just
 * before a paint, a task it queues just after. A hidden page paints no frames, so there (or once
 * the page is hidden) the task runs without waiting.
 */
export function afterNextPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    document.removeEventListener('visibilitychange', run);
    task();
  };
  if (document.visibilityState === 'hidden') {
    run();
    return;
  }
  document.addEventListener('visibilitychange', run);
  requestAnimationFrame(() => setTimeout(run, 0));
}
