import { templateQueryOptions } from '@/features/templates/api/get-template';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** What the breadcrumb reads: the template's name, once it has arrived. */
export interface NamedLoaderData {
  name?: string;
}

/** Preloads one template; a 404 is the route's "Page not found", other failures show inline. */
export async function loadTemplate(templateId: string): Promise<NamedLoaderData> {
  const options = templateQueryOptions(templateId);
  await preload(queryClient.query(options));
  const state = queryClient.getQueryState(options.queryKey);
  if (isApiError(state?.error) && state.error.status === 404) throw state.error;
  return { name: state?.data?.name };
}
