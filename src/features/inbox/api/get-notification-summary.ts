import { queryOptions, useQuery } from '@tanstack/react-query';
import { inboxEndpoints } from '@/contract/inbox-endpoints';
import { apiCall } from '@/lib/api-client';
import { notificationKeys } from './keys';

/** How often the app bar asks for the unread count while the tab is visible. */
export const SUMMARY_POLL_MS = 5_000;

export function getNotificationSummary(signal?: AbortSignal) {
  return apiCall(inboxEndpoints.getNotificationSummary, { signal });
}

export function notificationSummaryQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.summary(),
    queryFn: ({ signal }) => getNotificationSummary(signal),
    // Polled, and asked again as soon as the person comes back to the tab.
    refetchInterval: SUMMARY_POLL_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}

export function useNotificationSummary() {
  return useQuery(notificationSummaryQueryOptions());
}
