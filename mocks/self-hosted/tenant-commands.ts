import type { TenantProvisioning } from '@/contract/self-hosted-tenants';
import { advanceOperations } from '../core/operations';
import { findSelfHosted, type TenantRecord } from './state';
import { denyProvisioning } from './tenants';
import { simulator } from '../simulator';

/**
 * What a tenant does outside the console: press Deny in the provisioning e-mail a switch sends.
 * Tests call these directly, QA through `window.upshiftSimulator`, people through the simulator
 * controls. Not an API endpoint: the console itself never denies for a tenant.
 */
function tenantOf(applicationId: string, tenantId: string) {
  const { db } = simulator;
  const now = simulator.now();
  // Operations advance on the clock only when asked: bring the switch up to now first.
  advanceOperations(db, now);
  const app = findSelfHosted(db, applicationId);
  const tenant = app.tenants.find((t) => t.id === tenantId);
  if (!tenant) throw new Error(`${app.name} has no tenant "${tenantId}"`);
  return { db, now, app, tenant };
}

/** The tenant presses Deny now. Only while a switch provisions it (status "pending"). */
export function denyTenant(applicationId: string, tenantId: string): void {
  const { db, now, app, tenant } = tenantOf(applicationId, tenantId);
  if (tenant.provisioning !== 'pending') {
    simulator.persist();
    throw new Error(
      `${tenant.name} has no provisioning e-mail to deny (it is ${tenant.provisioning}): deny while a switch provisions tenants, or use presetTenantDenial.`,
    );
  }
  denyProvisioning(db, app, tenant, now);
  simulator.persist();
}

/** The tenant will press Deny as soon as the next switch e-mails it (no race with the clock). */
export function presetTenantDenial(applicationId: string, tenantId: string, on = true): void {
  const { tenant } = tenantOf(applicationId, tenantId);
  if (on && tenant.provisioning === 'denied') {
    throw new Error(`${tenant.name} already denied and has no access`);
  }
  if (on) tenant.deniesNextProvisioning = true;
  else delete tenant.deniesNextProvisioning;
  simulator.persist();
}

export interface TenantChoice {
  applicationId: string;
  applicationName: string;
  tenantId: string;
  tenantName: string;
  provisioning: TenantProvisioning;
  provisioningTo?: string;
  deniesNextProvisioning: boolean;
}

/** Every tenant of every self-hosted application, as of now, for the simulator controls. */
export function tenantChoices(): TenantChoice[] {
  const { db } = simulator;
  advanceOperations(db, simulator.now());
  return db.selfHosted.flatMap((app) =>
    app.tenants.map((t: TenantRecord) => ({
      applicationId: app.id,
      applicationName: app.name,
      tenantId: t.id,
      tenantName: t.name,
      provisioning: t.provisioning,
      provisioningTo: t.provisioningTo,
      deniesNextProvisioning: t.deniesNextProvisioning ?? false,
    })),
  );
}
