import type { AppVersion, SelfHostedApplicationDetail } from '@/contract/self-hosted';

const at = '2026-01-10T09:00:00.000Z';

/** A version as the server lists it; `changes` override any field. */
export function appVersion(changes: Partial<AppVersion> = {}): AppVersion {
  return {
    version: '2.10.0',
    releasedAt: at,
    releaseNotes: 'Route optimisation.',
    requiresAppCredentials: false,
    status: 'available',
    relation: 'newer',
    wasActive: false,
    rolesDifferFromActive: false,
    actions: ['register'],
    unavailableActions: [],
    ...changes,
  };
}

/** 2.9.1 active with 2.8.0 before it and `newer` (2.10.0 by default) after it. */
export function application(
  newer: Partial<AppVersion> = {},
  changes: Partial<SelfHostedApplicationDetail> = {},
): SelfHostedApplicationDetail {
  return {
    id: 'sh-001',
    name: 'Field Service Scheduler',
    description: '',
    publisher: 'Spacetech Apps',
    activeVersion: '2.9.1',
    newestVersion: '2.10.0',
    updateAvailable: true,
    requiresAppCredentials: false,
    registration: null,
    switch: null,
    tenantCount: 2,
    tenantsWithoutAccess: 0,
    updatedAt: at,
    versions: [
      appVersion(newer),
      appVersion({
        version: '2.9.1',
        status: 'active',
        relation: 'active',
        wasActive: true,
        activatedAt: at,
        actions: [],
      }),
      appVersion({ version: '2.8.0', status: 'inactive', relation: 'earlier', wasActive: true }),
    ],
    ...changes,
  };
}
