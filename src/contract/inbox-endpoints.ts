import * as z from 'zod/mini';
import { Id } from './common';
import { defineEndpoint } from './endpoint';
import {
  Notification,
  NotificationPage,
  NotificationPatch,
  NotificationQuery,
  NotificationReadAll,
  NotificationReadAllResult,
  NotificationSummary,
} from './notifications';

const read = [401, 500] as const;

/** The signed-in person's notifications (the Inbox and the app bar's unread count). Spread into the one endpoint table in endpoints.ts. */
export const inboxEndpoints = {
  listNotifications: defineEndpoint({
    id: 'listNotifications',
    method: 'GET',
    path: '/notifications',
    summary: "The signed-in person's notifications, newest first",
    tag: 'notifications',
    query: NotificationQuery,
    response: NotificationPage,
    status: 200,
    errors: [400, ...read],
  }),
  getNotificationSummary: defineEndpoint({
    id: 'getNotificationSummary',
    method: 'GET',
    path: '/notifications/summary',
    summary: 'How many notifications are unread',
    tag: 'notifications',
    response: NotificationSummary,
    status: 200,
    errors: read,
  }),
  updateNotification: defineEndpoint({
    id: 'updateNotification',
    method: 'PATCH',
    path: '/notifications/{notificationId}',
    summary: 'Mark a notification read or archive it',
    tag: 'notifications',
    params: z.object({ notificationId: Id }),
    body: NotificationPatch,
    response: Notification,
    status: 200,
    errors: [400, 401, 404, 422, 500],
  }),
  markAllNotificationsRead: defineEndpoint({
    id: 'markAllNotificationsRead',
    method: 'POST',
    path: '/notifications/read-all',
    summary: 'Mark all read: every unread notification of the inbox, or of one category',
    tag: 'notifications',
    body: NotificationReadAll,
    response: NotificationReadAllResult,
    status: 200,
    errors: [401, 422, 500],
  }),
} as const;
