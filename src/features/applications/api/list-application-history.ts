import { queryOptions, useQuery } from '@tanstack/react-query';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { applicationKeys } from './keys';

/** The newest 200 recorded changes of one application. */
export function listApplicationHistory(applicationId: string, signal?: AbortSignal) {
  return apiCall(endpoints.listAudit, {
    query: { resourceType: 'application', resourceId: applicationId, pageSize: 200 },
    signal,
  });
}

export function applicationHistoryQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: applicationKeys.history(applicationId),
    queryFn: ({ signal }) => listApplicationHistory(applicationId, signal),
    retryOnMount: false,
  });
}

export function useApplicationHistory(applicationId: string) {
  return useQuery(applicationHistoryQueryOptions(applicationId));
}
