import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { operationEndpoints } from '@/contract/operation-endpoints';
import { apiCall } from '@/lib/api-client';

/** A History tab lists this many of the newest changes; it has no paging. */
export const HISTORY_SIZE = 200;

/** The newest recorded changes of one resource, cached under the feature's own key. */
export function historyQueryOptions(queryKey: QueryKey, resource: { type: string; id: string }) {
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) =>
      apiCall(operationEndpoints.listAudit, {
        query: { resourceType: resource.type, resourceId: resource.id, pageSize: HISTORY_SIZE },
        signal,
      }),
    retryOnMount: false,
  });
}

export type HistoryQueryOptions = ReturnType<typeof historyQueryOptions>;
