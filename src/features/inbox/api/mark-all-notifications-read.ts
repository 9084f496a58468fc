import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inboxEndpoints } from '@/contract/inbox-endpoints';
import { apiCall } from '@/lib/api-client';
import type { InboxCategory } from '../inbox-params';
import { notificationKeys } from './keys';

/** Every unread notification of the inbox, or only those of one category. */
export function markAllNotificationsRead(category: InboxCategory) {
  return apiCall(inboxEndpoints.markAllNotificationsRead, {
    body: category === 'all' ? {} : { category },
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
