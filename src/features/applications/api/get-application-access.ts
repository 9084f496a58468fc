import { queryOptions, useQuery } from '@tanstack/react-query';
import { applicationEndpoints } from '@/contract/application-endpoints';
import { apiCall } from '@/lib/api-client';
import { applicationKeys } from './keys';

export function getApplicationAccess(applicationId: string, signal?: AbortSignal) {
  return apiCall(applicationEndpoints.getApplicationAccess, { params: { applicationId }, signal });
}

export function applicationAccessQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: applicationKeys.access(applicationId),
    queryFn: ({ signal }) => getApplicationAccess(applicationId, signal),
    retryOnMount: false,
  });
}

export function useApplicationAccess(applicationId: string) {
  return useQuery(applicationAccessQueryOptions(applicationId));
}
