import { z } from 'zod';
import { Actor, Id, PageQuery, pageOf, ResourceRef, Timestamp } from './common';

export const AuditEntry = z
  .object({
    id: Id,
    at: Timestamp,
    actor: Actor,
    action: z.string(),
    resource: ResourceRef,
    from: z.string().optional(),
    to: z.string().optional(),
    comment: z.string().optional(),
    /** Why the work failed or was refused, in words for people. */
    reason: z.string().optional(),
    fields: z.array(z.string()).optional().meta({
      description:
        'What a secrets reveal read, e.g. "API_TOKEN of connector erp-connector": never the values',
    }),
    outcome: z.enum(['started', 'succeeded', 'failed', 'refused']),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  ...PageQuery.shape,
  resourceType: z.string().optional(),
  resourceId: z.string().optional(),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditPage = pageOf(AuditEntry, 'AuditPage');
