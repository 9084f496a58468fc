import { installedApplicationQueryOptions } from '@/features/templates/api/get-installed-application';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';
import type { NamedLoaderData } from './load-template';

/** Preloads one installed application; a 404 is "Page not found", other failures show inline. */
export async function loadInstalled(installedId: string): Promise<NamedLoaderData> {
  const options = installedApplicationQueryOptions(installedId);
  await preload(queryClient.query(options));
  const state = queryClient.getQueryState(options.queryKey);
  if (isApiError(state?.error) && state.error.status === 404) throw state.error;
  return { name: state?.data?.name };
}
