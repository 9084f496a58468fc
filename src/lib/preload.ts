/** Long enough for a healthy server; short enough that a slow one never hides the shell. */
export const LOADER_WAIT_MS = 600;

/**
 * For route loaders: start the route's query (`preload(queryClient.query(options))`) and wait a
 * little for it. A quick answer paints with the data (no skeleton flash); a slow or failing one
 * lets the page render at once with its own loading and error states, sharing the same
 * in-flight request. Never throws.
 */
export async function preload(work: Promise<unknown>, waitMs = LOADER_WAIT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([work.catch(() => undefined), waited]);
  clearTimeout(timer);
}
