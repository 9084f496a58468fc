import { queryOptions, useQuery } from '@tanstack/react-query';
import { applicationEndpoints } from '@/contract/application-endpoints';
import { apiCall } from '@/lib/api-client';
import { applicationKeys } from './keys';

export function getApplication(applicationId: string, signal?: AbortSignal) {
  return apiCall(applicationEndpoints.getApplication, { params: { applicationId }, signal });
}

/** Shared by the detail route's loader and its screen, so both hit one cache entry. */
export function applicationQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: applicationKeys.detail(applicationId),
    queryFn: ({ signal }) => getApplication(applicationId, signal),
    // A failure the loader already met shows at once with its Retry, not after a second attempt.
    retryOnMount: false,
  });
}

export function useApplication(applicationId: string) {
  return useQuery(applicationQueryOptions(applicationId));
}
