import * as z from 'zod/mini';
import { atLeast, Id, PageQuery, pageOf, ResourceRef, Timestamp } from './common';

export const Notification = z
  .object({
    id: Id,
    at: Timestamp,
    kind: z.string(),
    severity: z.enum(['info', 'success', 'warning', 'error']),
    title: z.string(),
    message: z.string(),
    resource: z.optional(ResourceRef),
    category: z.optional(z.enum(['message'])).register(z.globalRegistry, {
      description:
        'Where the Inbox files it. message: Events → Message, news about an application from outside the console (e.g. a tenant denied provisioning). Absent: about work the person started.',
    }),
    read: z.boolean(),
    archived: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

/** The Events tabs' filter: one category, or `work` for notifications without a category. */
export const NotificationCategoryFilter = z.enum(['message', 'work']).register(z.globalRegistry, {
  description:
    'message: only notifications of category "message". work: only notifications without a category (about work the person started). Absent: all.',
});
export type NotificationCategoryFilter = z.infer<typeof NotificationCategoryFilter>;

export const NotificationQuery = z.extend(PageQuery, {
  box: z._default(z.enum(['inbox', 'archived']), 'inbox'),
  category: z.optional(NotificationCategoryFilter),
});
export type NotificationQuery = z.input<typeof NotificationQuery>;

export const NotificationPage = pageOf(Notification, 'NotificationPage');
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationSummary = z
  .object({
    unread: atLeast(0),
    latest: z.optional(Notification).register(z.globalRegistry, {
      description:
        'The newest unread notification of the inbox (archived ones left out), so a client that polls the summary can tell something arrived and say what.',
    }),
  })
  .register(z.globalRegistry, { id: 'NotificationSummary' });
export type NotificationSummary = z.infer<typeof NotificationSummary>;

export const NotificationPatch = z
  .object({ read: z.optional(z.boolean()), archived: z.optional(z.boolean()) })
  .check(
    z.refine((p) => p.read !== undefined || p.archived !== undefined, {
      message: 'Give read or archived',
    }),
  )
  .register(z.globalRegistry, { id: 'NotificationPatch' });
export type NotificationPatch = z.infer<typeof NotificationPatch>;

/** Mark all read: every unread notification of the inbox, or only those of one category. */
export const NotificationReadAll = z
  .object({ category: z.optional(NotificationCategoryFilter) })
  .register(z.globalRegistry, { id: 'NotificationReadAll' });

export const NotificationReadAllResult = z
  .object({
    marked: atLeast(0).register(z.globalRegistry, {
      description: 'How many were unread and are now read',
    }),
    unread: atLeast(0).register(z.globalRegistry, {
      description: 'Unread in the inbox afterwards',
    }),
  })
  .register(z.globalRegistry, { id: 'NotificationReadAllResult' });
