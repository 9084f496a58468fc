import type { InboxListParams } from '../inbox-params';

/** Notifications of the signed-in person: lists per box and filter, and the unread summary. */
export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (params: InboxListParams) => [...notificationKeys.lists(), params] as const,
  summary: () => [...notificationKeys.all, 'summary'] as const,
};
