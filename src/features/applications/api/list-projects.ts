import { queryOptions, useQuery } from '@tanstack/react-query';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { projectKeys } from './keys';

export function projectsQueryOptions() {
  return queryOptions({
    queryKey: projectKeys.lists(),
    queryFn: ({ signal }) => apiCall(endpoints.listProjects, { signal }),
    // Releases are rare; the filter's options need not refetch on every visit.
    staleTime: 5 * 60_000,
    retryOnMount: false,
  });
}

export function useProjects() {
  return useQuery(projectsQueryOptions());
}
