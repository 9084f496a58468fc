import type { FetchQueryOptions, QueryKey } from '@tanstack/react-query';
import { queryClient } from './query-client';

/** Long enough for a healthy server; short enough that a slow one never hides the shell. */
export const LOADER_WAIT_MS = 600;

/**
 * Starts a route's query from its loader and waits a little for it: a quick answer paints with
 * the data (no skeleton flash), a slow or failing one lets the page render at once with its own
 * loading and error states, sharing the same in-flight request. Never throws.
 */
export async function preloadQuery<T, K extends QueryKey>(
  options: FetchQueryOptions<T, Error, T, K>,
  waitMs = LOADER_WAIT_MS,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([queryClient.prefetchQuery(options), waited]);
  clearTimeout(timer);
}
