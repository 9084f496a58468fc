import * as z from 'zod/mini';
import { Id, Timestamp } from './common';
import { SemVer } from './self-hosted';

export const TenantProvisioning = z
  .enum(['not-required', 'pending', 'provisioned', 'denied'])
  .register(z.globalRegistry, {
    id: 'TenantProvisioning',
    description:
      'not-required: neither version involved needs app credentials; the tenant follows the active version. pending: a switch is provisioning it (the e-mail with Deny was sent). provisioned: provisioned to its version (or to `provisioningTo`, while the switch still runs). denied: the tenant pressed Deny; it has no access.',
  });
export type TenantProvisioning = z.infer<typeof TenantProvisioning>;

export const SelfHostedTenant = z
  .object({
    id: Id,
    name: z.string(),
    contactEmail: z
      .email()
      .register(z.globalRegistry, { description: 'Where the provisioning e-mail goes' }),
    provisioning: TenantProvisioning,
    version: z.nullable(SemVer).register(z.globalRegistry, {
      description: "The version serving the tenant's users; null when it has no access",
    }),
    provisioningTo: z.optional(SemVer).register(z.globalRegistry, {
      description: 'The version a running switch provisions it to',
    }),
    hasAccess: z.boolean(),
    noAccessReason: z.optional(z.string()),
    deniedAt: z.optional(Timestamp),
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'SelfHostedTenant' });
export type SelfHostedTenant = z.infer<typeof SelfHostedTenant>;

export const SelfHostedTenantList = z
  .object({
    applicationId: Id,
    activeVersion: SemVer,
    items: z.array(SelfHostedTenant),
  })
  .register(z.globalRegistry, { id: 'SelfHostedTenantList' });
export type SelfHostedTenantList = z.infer<typeof SelfHostedTenantList>;

export const AppRole = z
  .object({ name: z.string(), description: z.string() })
  .register(z.globalRegistry, { id: 'AppRole' });
export type AppRole = z.infer<typeof AppRole>;

/** Settings show the active version's roles only: a new version's after its switch succeeded. */
export const SelfHostedSettings = z
  .object({
    applicationId: Id,
    version: SemVer.check(
      z.core.meta({ description: 'The active version, whose roles these are' }),
    ),
    roles: z.array(AppRole),
  })
  .register(z.globalRegistry, { id: 'SelfHostedSettings' });
export type SelfHostedSettings = z.infer<typeof SelfHostedSettings>;

/** `resource.type` of this area's audit entries, operations and notifications. */
export const SELF_HOSTED_RESOURCE = 'self-hosted-application';

/** Operation kinds, which are also the audit actions of the work they do. */
export const selfHostedOperationKinds = {
  register: 'self-hosted.register',
  update: 'self-hosted.update',
  reactivate: 'self-hosted.reactivate',
} as const;

export const selfHostedAuditActions = {
  ...selfHostedOperationKinds,
  withdraw: 'self-hosted.withdraw',
  tenantDenied: 'self-hosted.tenant-denied',
} as const;

/** Notification kind sent to administrators and operators; its category is "message". */
export const TENANT_DENIED_NOTIFICATION = 'self-hosted.tenant-denied';
