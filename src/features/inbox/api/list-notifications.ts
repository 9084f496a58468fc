import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { inboxEndpoints } from '@/contract/inbox-endpoints';
import { apiCall } from '@/lib/api-client';
import { toNotificationQuery, type InboxListParams } from '../inbox-params';
import { notificationKeys } from './keys';

export function listNotifications(params: InboxListParams, signal?: AbortSignal) {
  return apiCall(inboxEndpoints.listNotifications, { query: toNotificationQuery(params), signal });
}

/** Shared by the route loaders and the lists, so both hit one cache entry. */
export function notificationsQueryOptions(params: InboxListParams) {
  return queryOptions({
    queryKey: notificationKeys.list(params),
    queryFn: ({ signal }) => listNotifications(params, signal),
    // The previous page stays on screen while the next one loads: no skeleton flash.
    placeholderData: keepPreviousData,
    // A failure the loader already met shows at once with its Retry, not after a second attempt.
    retryOnMount: false,
  });
}

export function useNotifications(params: InboxListParams) {
  return useQuery(notificationsQueryOptions(params));
}
