import * as z from 'zod/mini';
import { Actor, Id, PageQuery, pageOf, ResourceRef, Timestamp } from './common';

export const AuditEntry = z
  .object({
    id: Id,
    at: Timestamp,
    actor: Actor,
    action: z.string(),
    resource: ResourceRef,
    from: z.optional(z.string()),
    to: z.optional(z.string()),
    comment: z.optional(z.string()),
    /** Why the work failed or was refused, in words for people. */
    reason: z.optional(z.string()),
    fields: z.optional(z.array(z.string())).register(z.globalRegistry, {
      description:
        'What a secrets reveal read, e.g. "API_TOKEN of connector erp-connector": never the values',
    }),
    outcome: z.enum(['started', 'succeeded', 'failed', 'refused']),
  })
  .register(z.globalRegistry, { id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  ...PageQuery.shape,
  resourceType: z.optional(z.string()),
  resourceId: z.optional(z.string()),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditPage = pageOf(AuditEntry, 'AuditPage');
