import { queryOptions, useQuery } from '@tanstack/react-query';
import { applicationListEndpoints } from '@/contract/application-list-endpoints';
import { apiCall } from '@/lib/api-client';
import { projectKeys } from './keys';

export function projectsQueryOptions() {
  return queryOptions({
    queryKey: projectKeys.lists(),
    queryFn: ({ signal }) => apiCall(applicationListEndpoints.listProjects, { signal }),
    // Releases are rare; the filter's options need not refetch on every visit.
    staleTime: 5 * 60_000,
    retryOnMount: false,
  });
}

export function useProjects() {
  return useQuery(projectsQueryOptions());
}
