import {
  SELF_HOSTED_RESOURCE,
  selfHostedAuditActions,
  TENANT_DENIED_NOTIFICATION,
  type TenantProvisioning,
} from '@/contract/self-hosted-tenants';
import { permissionsOf } from '@/contract/permissions';
import type { CoreState } from '../core/state';
import { consoleRoleOf } from '../core/identity';
import { notify, recordAudit } from '../core/records';
import { deniedReason, type SelfHostedRecord, type TenantRecord } from './state';

/**
 * Tenants during a switch (seed: "If either version requires app credentials, the IoT tenants
 * are provisioned to the next version automatically; a tenant can deny in the e-mail").
 */
const withAccess = (app: SelfHostedRecord) =>
  app.tenants.filter((t) => t.provisioning !== 'denied');

/** As a switch starts: each tenant with access gets the e-mail with Deny, or follows silently. */
export function startProvisioning(
  db: CoreState,
  app: SelfHostedRecord,
  change: { from: string; to: string; credentials: boolean },
  now: number,
): Record<string, TenantProvisioning> {
  const before = Object.fromEntries(withAccess(app).map((t) => [t.id, t.provisioning]));
  if (!change.credentials) return before;
  const at = new Date(now).toISOString();
  for (const t of withAccess(app)) {
    Object.assign(t, { provisioning: 'pending', provisioningTo: change.to, updatedAt: at });
    if (t.deniesNextProvisioning) denyProvisioning(db, app, t, now);
  }
  return before;
}

/** The "provision" step ended: whoever has not denied by now is provisioned to the new version. */
export function finishProvisioning(app: SelfHostedRecord, now: number) {
  const at = new Date(now).toISOString();
  for (const t of app.tenants.filter((x) => x.provisioning === 'pending')) {
    Object.assign(t, { provisioning: 'provisioned', updatedAt: at });
  }
}

/** The switch succeeded: tenants with access use the new version. */
export function moveTenants(app: SelfHostedRecord, to: string, credentials: boolean, now: number) {
  const at = new Date(now).toISOString();
  for (const t of withAccess(app)) {
    delete t.provisioningTo;
    Object.assign(t, {
      version: to,
      provisioning: credentials ? 'provisioned' : 'not-required',
      updatedAt: at,
    });
  }
}

/** The switch failed: tenants with access stay on the old version as they were; a denial stands. */
export function restoreTenants(
  app: SelfHostedRecord,
  before: Record<string, TenantProvisioning>,
  now: number,
) {
  const at = new Date(now).toISOString();
  for (const t of withAccess(app)) {
    if (t.provisioningTo === undefined) continue;
    delete t.provisioningTo;
    Object.assign(t, { provisioning: before[t.id] ?? t.provisioning, updatedAt: at });
  }
}

/**
 * The tenant pressed Deny: its users lose access (the previous version is not activated again
 * for it), the history records it and every administrator and operator gets a message.
 */
export function denyProvisioning(
  db: CoreState,
  app: SelfHostedRecord,
  t: TenantRecord,
  now: number,
) {
  const at = new Date(now).toISOString();
  const to = t.provisioningTo ?? '';
  const from = t.version ?? '';
  delete t.provisioningTo;
  delete t.deniesNextProvisioning;
  Object.assign(t, {
    provisioning: 'denied',
    version: null,
    deniedAt: at,
    noAccessReason: deniedReason(app.name, to, from, at),
    updatedAt: at,
  });
  const resource = { type: SELF_HOSTED_RESOURCE, id: app.id, name: app.name };
  recordAudit(db, now, {
    actor: { id: t.id, name: `${t.name} (tenant)` },
    action: selfHostedAuditActions.tenantDenied,
    resource,
    from,
    to,
    comment: `${t.name} pressed Deny in the provisioning e-mail sent to ${t.contactEmail}.`,
    outcome: 'refused',
  });
  const recipients = db.users.filter((u) =>
    permissionsOf(consoleRoleOf(u)).includes('app-versions:switch'),
  );
  for (const user of recipients) {
    notify(db, now, user.id, {
      kind: TENANT_DENIED_NOTIFICATION,
      category: 'message',
      severity: 'warning',
      title: `${t.name} denied ${app.name} ${to}`,
      message: `${t.name} pressed Deny in the provisioning e-mail. Its users cannot use ${app.name}: ${from} was not activated again for it.`,
      resource,
    });
  }
}
