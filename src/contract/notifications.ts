import { z } from 'zod';
import { Id, PageQuery, pageOf, ResourceRef, Timestamp } from './common';

export const Notification = z
  .object({
    id: Id,
    at: Timestamp,
    kind: z.string(),
    severity: z.enum(['info', 'success', 'warning', 'error']),
    title: z.string(),
    message: z.string(),
    resource: ResourceRef.optional(),
    category: z.enum(['message']).optional().meta({
      description:
        'Where the Inbox files it. message: Events → Message, news about an application from outside the console (e.g. a tenant denied provisioning). Absent: about work the person started.',
    }),
    read: z.boolean(),
    archived: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

/** The Events tabs' filter: one category, or `work` for notifications without a category. */
export const NotificationCategoryFilter = z.enum(['message', 'work']).meta({
  description:
    'message: only notifications of category "message". work: only notifications without a category (about work the person started). Absent: all.',
});
export type NotificationCategoryFilter = z.infer<typeof NotificationCategoryFilter>;

export const NotificationQuery = PageQuery.extend({
  box: z.enum(['inbox', 'archived']).default('inbox'),
  category: NotificationCategoryFilter.optional(),
});
export type NotificationQuery = z.input<typeof NotificationQuery>;

export const NotificationPage = pageOf(Notification, 'NotificationPage');
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationSummary = z
  .object({
    unread: z.number().int().min(0),
    latest: Notification.optional().meta({
      description:
        'The newest unread notification of the inbox (archived ones left out), so a client that polls the summary can tell something arrived and say what.',
    }),
  })
  .meta({ id: 'NotificationSummary' });
export type NotificationSummary = z.infer<typeof NotificationSummary>;

export const NotificationPatch = z
  .object({ read: z.boolean().optional(), archived: z.boolean().optional() })
  .refine((p) => p.read !== undefined || p.archived !== undefined, {
    message: 'Give read or archived',
  })
  .meta({ id: 'NotificationPatch' });
export type NotificationPatch = z.infer<typeof NotificationPatch>;

/** Mark all read: every unread notification of the inbox, or only those of one category. */
export const NotificationReadAll = z
  .object({ category: NotificationCategoryFilter.optional() })
  .meta({ id: 'NotificationReadAll' });

export const NotificationReadAllResult = z
  .object({
    marked: z.number().int().min(0).meta({ description: 'How many were unread and are now read' }),
    unread: z.number().int().min(0).meta({ description: 'Unread in the inbox afterwards' }),
  })
  .meta({ id: 'NotificationReadAllResult' });
