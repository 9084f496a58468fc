import type { AppRole } from '@/contract/self-hosted-tenants';
import { deniedReason, type SelfHostedRecord } from './state';
import { seedTime } from '../core/seed-random';
import { app, tenant, version } from './seed-build';

const DAY = 60 * 24;

const telemetryRoles: AppRole[] = [
  { name: 'FLEET_ADMIN', description: 'Registers vehicles and their telemetry devices' },
  { name: 'DRIVER', description: 'Sees their own trips and alerts' },
];

/** Versions 3.1.0 and 3.2.0 need app credentials: a switch provisions every tenant with access. */
export function fleetTelemetry(): SelfHostedRecord {
  const credentials = { requiresAppCredentials: true };
  const switched = 45 * DAY;
  const provisioned = (id: string, name: string) =>
    tenant(id, name, 'provisioned', '3.1.0', switched);
  return app(
    3,
    'Fleet Telemetry',
    'Vehicle positions, trips and alerts from IoT devices',
    [
      version('3.0.4', 'inactive', 160 * DAY, telemetryRoles, {
        active: { since: 150 * DAY, until: switched },
      }),
      version('3.1.0', 'active', 50 * DAY, telemetryRoles, {
        ...credentials,
        active: { since: switched },
        releaseNotes: 'Devices sign in with app credentials.',
      }),
      version('3.2.0', 'available', 2 * DAY, telemetryRoles, {
        ...credentials,
        releaseNotes: 'Geofencing alerts. Still needs app credentials.',
      }),
    ],
    [
      provisioned('t-northwind-farms', 'Northwind Farms'),
      provisioned('t-contoso-mining', 'Contoso Mining'),
      provisioned('t-kestrel', 'Kestrel Logistics'),
      provisioned('t-harbor-utilities', 'Harbor Utilities'),
      tenant('t-aurora', 'Aurora Wind Parks', 'denied', null, switched, {
        deniedAt: seedTime(switched),
        noAccessReason: deniedReason('Fleet Telemetry', '3.1.0', '3.0.4', seedTime(switched)),
      }),
    ],
    switched,
  );
}

const visitorRoles: AppRole[] = [
  { name: 'RECEPTION', description: 'Registers visitors at the front desk' },
  { name: 'HOST', description: 'Is told when their visitors arrive' },
  { name: 'SECURITY_ADMIN', description: 'Manages badges and site access rules' },
];

/** 5.1.0 describes its roles differently and adds one: Settings show them only once it is active. */
const visitorRolesNext: AppRole[] = [
  {
    name: 'RECEPTION',
    description: 'Registers visitors at the front desk and prints their badges',
  },
  { name: 'HOST', description: 'Is told when their visitors arrive and may pre-register guests' },
  { name: 'SECURITY_ADMIN', description: 'Manages badges, site access rules and watch lists' },
  { name: 'COMPLIANCE_AUDITOR', description: 'Reads visit logs for audits, changes nothing' },
];

export function visitorManagement(): SelfHostedRecord {
  const since = 60 * DAY;
  return app(
    4,
    'Visitor Management',
    'Front-desk check-in, badges and host notifications',
    [
      version('4.6.3', 'inactive', 220 * DAY, visitorRoles, {
        active: { since: 200 * DAY, until: since },
      }),
      version('5.0.0', 'active', 65 * DAY, visitorRoles, { active: { since } }),
      version('5.1.0', 'registered', 6 * DAY, visitorRolesNext, {
        registeredAgo: 45,
        releaseNotes: 'Pre-registration by hosts, watch lists, and a compliance auditor role.',
      }),
    ],
    [
      tenant('t-northwind', 'Northwind Services', 'not-required', '5.0.0', since),
      tenant('t-contoso', 'Contoso Facilities', 'not-required', '5.0.0', since),
      tenant('t-lumen', 'Lumen Offices', 'not-required', '5.0.0', since),
    ],
    45,
  );
}
