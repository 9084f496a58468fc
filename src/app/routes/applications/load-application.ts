import { applicationQueryOptions } from '@/features/applications/api/get-application';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** What the breadcrumb reads: the name, once the application has arrived. */
export interface ApplicationLoaderData {
  name?: string;
}

/**
 * Shared by the routes under one application: preloads it (plus any `alongside` queries) and
 * throws a 404 so the route's error boundary says "Page not found"; other failures are shown
 * inside the page with a Retry.
 */
export async function loadApplication(
  applicationId: string,
  alongside: Promise<unknown>[] = [],
): Promise<ApplicationLoaderData> {
  const options = applicationQueryOptions(applicationId);
  await preload(Promise.all([queryClient.query(options), ...alongside]));
  const state = queryClient.getQueryState(options.queryKey);
  if (isApiError(state?.error) && state.error.status === 404) throw state.error;
  return { name: state?.data?.name };
}
