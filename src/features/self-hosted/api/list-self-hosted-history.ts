import { queryOptions, useQuery } from '@tanstack/react-query';
import { endpoints } from '@/contract/endpoints';
import { SELF_HOSTED_RESOURCE } from '@/contract/self-hosted-tenants';
import { apiCall } from '@/lib/api-client';
import { selfHostedKeys } from './keys';

/** The newest 200 registrations, withdrawals, switches and tenant denials of one application. */
export function listSelfHostedHistory(applicationId: string, signal?: AbortSignal) {
  return apiCall(endpoints.listAudit, {
    query: { resourceType: SELF_HOSTED_RESOURCE, resourceId: applicationId, pageSize: 200 },
    signal,
  });
}

export function selfHostedHistoryQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: selfHostedKeys.history(applicationId),
    queryFn: ({ signal }) => listSelfHostedHistory(applicationId, signal),
    retryOnMount: false,
  });
}

export function useSelfHostedHistory(applicationId: string) {
  return useQuery(selfHostedHistoryQueryOptions(applicationId));
}
