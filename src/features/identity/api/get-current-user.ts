import { queryOptions, useQuery } from '@tanstack/react-query';
import { identityEndpoints } from '@/contract/identity-endpoints';
import { apiCall } from '@/lib/api-client';
import { queryKeysFactory } from '@/lib/query-keys';

const identity = queryKeysFactory('identity');

export const identityKeys = { ...identity, me: () => [...identity.all, 'me'] as const };

export function getCurrentUser(signal?: AbortSignal) {
  return apiCall(identityEndpoints.getCurrentUser, { signal });
}

export function currentUserQueryOptions() {
  return queryOptions({
    queryKey: identityKeys.me(),
    queryFn: ({ signal }) => getCurrentUser(signal),
    staleTime: 5 * 60_000,
  });
}

/** Not suspending: the shell renders around it and a 401 becomes the signed-out screen. */
export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
