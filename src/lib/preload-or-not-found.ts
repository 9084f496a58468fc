import type { QueryExecuteOptions, QueryKey } from '@tanstack/react-query';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/**
 * Starts the page's query and waits a little for it; a 404 is thrown so the route's error
 * boundary says "Page not found", other failures are shown inside the page with a Retry.
 */
export async function preloadOrNotFound<TData, TKey extends QueryKey>(
  options: QueryExecuteOptions<TData, Error, TData, TData, TKey>,
): Promise<TData | undefined> {
  await preload(queryClient.query(options));
  const state = queryClient.getQueryState<TData>(options.queryKey);
  if (isApiError(state?.error) && state.error.status === 404) throw state.error;
  return state?.data;
}
