import { queryOptions, useQuery } from '@tanstack/react-query';
import { serverEndpoints } from '@/contract/server-endpoints';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

/** Releases change rarely: one fetch serves every plan on the page. */
export function serverReleasesQueryOptions() {
  return queryOptions({
    queryKey: serverKeys.releases(),
    queryFn: ({ signal }) => apiCall(serverEndpoints.listServerReleases, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useServerReleases() {
  return useQuery(serverReleasesQueryOptions());
}
