import type { AppVersionStatus } from '@/contract/self-hosted';
import type { AppRole, TenantProvisioning } from '@/contract/self-hosted-tenants';
import type { AppVersionRecord, SelfHostedRecord, TenantRecord } from './state';
import { seedTime } from '../core/seed-random';

const olivia = { id: 'u-operator', name: 'Olivia Park' };

interface VersionOptions {
  /** Minutes ago it became active and, unless it still is, stopped being active. */
  active?: { since: number; until?: number };
  registeredAgo?: number;
  failedAgo?: number;
  requiresAppCredentials?: boolean;
  releaseNotes?: string;
}

export function version(
  v: string,
  status: AppVersionStatus,
  releasedAgo: number,
  roles: AppRole[],
  options: VersionOptions = {},
): AppVersionRecord {
  const { active, registeredAgo, failedAgo } = options;
  return {
    version: v,
    releasedAt: seedTime(releasedAgo),
    releaseNotes: options.releaseNotes ?? `Fixes and improvements in ${v}.`,
    requiresAppCredentials: options.requiresAppCredentials ?? false,
    status,
    wasActive: active !== undefined,
    ...(active ? { activatedAt: seedTime(active.since) } : {}),
    ...(active?.until !== undefined ? { deactivatedAt: seedTime(active.until) } : {}),
    ...(registeredAgo !== undefined
      ? { registeredAt: seedTime(registeredAgo), registeredBy: olivia }
      : {}),
    ...(failedAgo !== undefined
      ? {
          failure: {
            at: seedTime(failedAgo),
            title: 'The registration failed',
            detail: `Smoke checks of ${v} failed in the test environment: the meter import job did not start.`,
          },
        }
      : {}),
    roles,
  };
}

export function tenant(
  id: string,
  name: string,
  provisioning: TenantProvisioning,
  on: string | null,
  minutesAgo: number,
  extra: Partial<TenantRecord> = {},
): TenantRecord {
  const domain = name.toLowerCase().split(' ')[0] ?? id;
  return {
    id,
    name,
    contactEmail: `it-admin@${domain}.example`,
    provisioning,
    version: on,
    updatedAt: seedTime(minutesAgo),
    ...extra,
  };
}

export function app(
  n: number,
  name: string,
  description: string,
  versions: AppVersionRecord[],
  tenants: TenantRecord[],
  minutesAgo: number,
): SelfHostedRecord {
  return {
    id: `sh-${n.toString().padStart(3, '0')}`,
    name,
    description,
    publisher: 'Spacetech Apps',
    versions,
    tenants,
    updatedAt: seedTime(minutesAgo),
  };
}
