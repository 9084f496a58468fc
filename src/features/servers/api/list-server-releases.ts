import { queryOptions, useQuery } from '@tanstack/react-query';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

/** Releases change rarely: one fetch serves every plan on the page. */
export function serverReleasesQueryOptions() {
  return queryOptions({
    queryKey: serverKeys.releases(),
    queryFn: ({ signal }) => apiCall(endpoints.listServerReleases, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useServerReleases() {
  return useQuery(serverReleasesQueryOptions());
}
