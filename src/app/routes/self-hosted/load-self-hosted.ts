import { selfHostedApplicationQueryOptions } from '@/features/self-hosted/api/get-self-hosted-application';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** What the breadcrumb reads: the name, once the application has arrived. */
export interface SelfHostedLoaderData {
  name?: string;
}

/**
 * Preloads one self-hosted application and throws a 404 so the route's error boundary says
 * "Page not found"; other failures are shown inside the page with a Retry.
 */
export async function loadSelfHosted(applicationId: string): Promise<SelfHostedLoaderData> {
  const options = selfHostedApplicationQueryOptions(applicationId);
  await preload(queryClient.query(options));
  const state = queryClient.getQueryState(options.queryKey);
  if (isApiError(state?.error) && state.error.status === 404) throw state.error;
  return { name: state?.data?.name };
}
