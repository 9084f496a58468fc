import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { identityEndpoints } from '@/contract/identity-endpoints';
import { apiCall } from '@/lib/api-client';

export type DirectoryKind = 'users' | 'groups';

/** People or groups matching `q` (all of them, up to 200, for an empty search). */
export function directorySearchOptions(kind: DirectoryKind, q: string) {
  const endpoint = kind === 'users' ? identityEndpoints.listUsers : identityEndpoints.listGroups;
  return queryOptions({
    queryKey: ['directory', kind, 'search', q] as const,
    queryFn: ({ signal }) =>
      apiCall(endpoint, { query: { q: q || undefined, pageSize: q ? 20 : 200 }, signal }),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useDirectorySearch(kind: DirectoryKind, q: string, enabled = true) {
  return useQuery({ ...directorySearchOptions(kind, q), enabled });
}
