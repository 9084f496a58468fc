import type {
  AppVersion,
  SelfHostedApplication,
  SelfHostedApplicationDetail,
  SwitchDirection,
} from '@/contract/self-hosted';
import type { SelfHostedTenant } from '@/contract/self-hosted-tenants';
import { directionOf, isUpdateAvailable, versionActions } from '@/features/self-hosted/rules';
import { compareVersions, newestFirst, newestOf } from '@/features/self-hosted/version-order';
import type { Db } from '../db';
import {
  activeVersionOf,
  runningSwitch,
  type AppVersionRecord,
  type SelfHostedRecord,
  type TenantRecord,
} from './state';

/** The records as the contract shows them: simulator-only fields stay behind. */
export function toSelfHostedSummary(db: Db, app: SelfHostedRecord): SelfHostedApplication {
  const active = activeVersionOf(app).version;
  const newest = newestOf(app.versions.map((v) => v.version)) ?? active;
  // While a switch runs, its target is reported as `switch`, not as the registration.
  const record = app.versions.find((v) => v.status === 'registering' || v.status === 'registered');
  const op = runningSwitch(db, app.id);
  const input = op?.input as { from: string; to: string; direction: SwitchDirection } | undefined;
  return {
    id: app.id,
    name: app.name,
    description: app.description,
    publisher: app.publisher,
    activeVersion: active,
    newestVersion: newest,
    updateAvailable: isUpdateAvailable(app.versions),
    requiresAppCredentials: activeVersionOf(app).requiresAppCredentials,
    registration: record
      ? {
          version: record.version,
          status: record.status === 'registering' ? 'registering' : 'registered',
          direction: directionOf(record.version, active) ?? 'update',
          operationId: record.status === 'registering' ? record.operationId : undefined,
          registeredAt: record.registeredAt,
          registeredBy: record.registeredBy,
        }
      : null,
    switch:
      op && input
        ? {
            operationId: op.id,
            from: input.from,
            to: input.to,
            direction: input.direction,
            startedAt: op.createdAt,
            startedBy: op.startedBy,
          }
        : null,
    tenantCount: app.tenants.length,
    tenantsWithoutAccess: app.tenants.filter((t) => t.provisioning === 'denied').length,
    updatedAt: app.updatedAt,
  };
}

const rolesKey = (roles: AppVersionRecord['roles']) =>
  JSON.stringify([...roles].sort((a, b) => a.name.localeCompare(b.name)));

function toVersion(app: SelfHostedRecord, v: AppVersionRecord, active: string): AppVersion {
  const { roles, failsToStart: _fails, ...visible } = v;
  const { actions, unavailable } = versionActions(app.versions, v.version);
  const order = compareVersions(v.version, active);
  return {
    ...visible,
    rolesDifferFromActive: rolesKey(roles) !== rolesKey(activeVersionOf(app).roles),
    relation: order > 0 ? 'newer' : order < 0 ? 'earlier' : 'active',
    actions,
    unavailableActions: unavailable,
  };
}

export function toSelfHostedDetail(db: Db, app: SelfHostedRecord): SelfHostedApplicationDetail {
  const summary = toSelfHostedSummary(db, app);
  return {
    ...summary,
    versions: newestFirst(app.versions).map((v) => toVersion(app, v, summary.activeVersion)),
  };
}

export function toTenant(t: TenantRecord): SelfHostedTenant {
  const { deniesNextProvisioning: _preset, ...visible } = t;
  return { ...visible, hasAccess: t.provisioning !== 'denied' };
}
