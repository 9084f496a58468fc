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

export const NotificationQuery = PageQuery.extend({
  box: z.enum(['inbox', 'archived']).default('inbox'),
});
export type NotificationQuery = z.input<typeof NotificationQuery>;

export const NotificationPage = pageOf(Notification, 'NotificationPage');

export const NotificationSummary = z.object({ unread: z.number().int().min(0) }).meta({
  id: 'NotificationSummary',
});

export const NotificationPatch = z
  .object({ read: z.boolean().optional(), archived: z.boolean().optional() })
  .refine((p) => p.read !== undefined || p.archived !== undefined, {
    message: 'Give read or archived',
  })
  .meta({ id: 'NotificationPatch' });
export type NotificationPatch = z.infer<typeof NotificationPatch>;
