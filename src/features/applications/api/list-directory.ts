import { queryOptions, useQuery } from '@tanstack/react-query';
import { identityEndpoints } from '@/contract/identity-endpoints';
import { apiCall } from '@/lib/api-client';
import { directoryKeys } from './keys';

/** The directory is small; one page of 200 resolves every id an access list can hold. */
const DIRECTORY_PAGE = { pageSize: 200 };

export function directoryUsersQueryOptions() {
  return queryOptions({
    queryKey: directoryKeys.users(),
    queryFn: ({ signal }) =>
      apiCall(identityEndpoints.listUsers, { query: DIRECTORY_PAGE, signal }),
    staleTime: 5 * 60_000,
    retryOnMount: false,
  });
}

export function directoryGroupsQueryOptions() {
  return queryOptions({
    queryKey: directoryKeys.groups(),
    queryFn: ({ signal }) =>
      apiCall(identityEndpoints.listGroups, { query: DIRECTORY_PAGE, signal }),
    staleTime: 5 * 60_000,
    retryOnMount: false,
  });
}

export function useDirectoryUsers() {
  return useQuery(directoryUsersQueryOptions());
}

export function useDirectoryGroups() {
  return useQuery(directoryGroupsQueryOptions());
}
