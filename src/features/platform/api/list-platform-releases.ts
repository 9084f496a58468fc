import { queryOptions, useQuery } from '@tanstack/react-query';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { platformKeys } from './keys';

/**
 * Releases with What's new, release notes and breaking changes: (from, to] when both are given,
 * every release otherwise. They never change once published.
 */
export function platformReleasesQueryOptions(from?: string, to?: string) {
  return queryOptions({
    queryKey: platformKeys.releases(from, to),
    queryFn: ({ signal }) =>
      apiCall(platformEndpoints.listPlatformReleases, { query: { from, to }, signal }),
    staleTime: 5 * 60_000,
    retryOnMount: false,
  });
}

export function usePlatformReleases(from?: string, to?: string) {
  return useQuery(platformReleasesQueryOptions(from, to));
}
