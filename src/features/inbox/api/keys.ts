import { queryKeysFactory } from '@/lib/query-keys';
import type { InboxListParams } from '../inbox-params';

const notifications = queryKeysFactory<'notifications', InboxListParams>('notifications');

/** Notifications of the signed-in person: lists per box and filter, and the unread summary. */
export const notificationKeys = {
  ...notifications,
  summary: () => [...notifications.all, 'summary'] as const,
};
