import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationPatch } from '@/contract/notifications';
import { inboxEndpoints } from '@/contract/inbox-endpoints';
import { apiCall } from '@/lib/api-client';
import { notificationKeys } from './keys';

export interface UpdateNotification {
  notificationId: string;
  /** read: mark read or unread; archived: archive it or restore it to the inbox. */
  patch: NotificationPatch;
}

export function updateNotification({ notificationId, patch }: UpdateNotification) {
  return apiCall(inboxEndpoints.updateNotification, { params: { notificationId }, body: patch });
}

export function useUpdateNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotification,
    // Read state and box both change the lists and the unread count.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
