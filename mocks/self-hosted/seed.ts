import type { AppRole } from '@/contract/self-hosted-tenants';
import type { SelfHostedRecord } from './state';
import { app, tenant, version } from './seed-build';
import { fleetTelemetry, visitorManagement } from './seed-situations';

const DAY = 60 * 24;

const schedulerRoles: AppRole[] = [
  { name: 'DISPATCHER', description: 'Plans and assigns service visits' },
  { name: 'TECHNICIAN', description: 'Sees and completes their own visits' },
  { name: 'SERVICE_MANAGER', description: 'Reviews schedules and SLA reports' },
];
const expenseRoles: AppRole[] = [
  { name: 'SUBMITTER', description: 'Captures receipts and submits expense reports' },
  { name: 'APPROVER', description: 'Approves or rejects the reports of their team' },
];
const warehouseRoles: AppRole[] = [
  { name: 'PICKER', description: 'Picks and packs orders' },
  { name: 'STOCK_CONTROLLER', description: 'Counts stock and corrects inventory levels' },
];
const gatewayRoles: AppRole[] = [
  { name: 'METER_ADMIN', description: 'Registers meters and their gateways' },
  { name: 'READER', description: 'Reads consumption dashboards' },
];

const twoTenants = (version: string, minutesAgo: number) => [
  tenant('t-northwind', 'Northwind Services', 'not-required', version, minutesAgo),
  tenant('t-contoso', 'Contoso Facilities', 'not-required', version, minutesAgo),
];

/**
 * "My Applications" (seed "Upgrade a self-hosted application"), one situation each:
 * sh-001 an update available (2.10.0 > 2.9.1); sh-002 up to date, with earlier versions to
 * reactivate; sh-003 app credentials and five tenants, one of which denied earlier; sh-004 a newer
 * version with other role descriptions, registered for test; sh-005 an earlier version registered
 * for test (Confirm Reactivate); sh-006 a newer version whose switch fails at "Start".
 */
export function seedSelfHosted(): SelfHostedRecord[] {
  return [
    app(
      1,
      'Field Service Scheduler',
      'Schedules field service visits and technicians',
      [
        version('2.8.0', 'inactive', 90 * DAY, schedulerRoles, {
          active: { since: 85 * DAY, until: 30 * DAY },
        }),
        version('2.9.1', 'active', 40 * DAY, schedulerRoles, { active: { since: 30 * DAY } }),
        version('2.10.0', 'available', 3 * DAY, schedulerRoles, {
          releaseNotes: 'Route optimisation for technicians with more than ten visits a day.',
        }),
      ],
      twoTenants('2.9.1', 30 * DAY),
      3 * DAY,
    ),
    app(
      2,
      'Expense Capture',
      'Receipt capture and expense reports',
      [
        version('1.2.5', 'inactive', 200 * DAY, expenseRoles, {
          active: { since: 190 * DAY, until: 120 * DAY },
        }),
        version('1.3.0', 'inactive', 130 * DAY, expenseRoles, {
          active: { since: 120 * DAY, until: 20 * DAY },
        }),
        version('1.4.2', 'active', 25 * DAY, expenseRoles, { active: { since: 20 * DAY } }),
      ],
      twoTenants('1.4.2', 20 * DAY),
      20 * DAY,
    ),
    fleetTelemetry(),
    visitorManagement(),
    app(
      5,
      'Warehouse Inventory',
      'Stock levels, picking and cycle counts',
      [
        version('3.7.2', 'inactive', 180 * DAY, warehouseRoles, {
          active: { since: 170 * DAY, until: 60 * DAY },
        }),
        version('3.9.1', 'registered', 70 * DAY, warehouseRoles, {
          active: { since: 60 * DAY, until: 2 * DAY },
          registeredAgo: 90,
        }),
        version('4.0.0', 'active', 5 * DAY, warehouseRoles, {
          active: { since: 2 * DAY },
          releaseNotes: 'New picking screens. Some sites report slow cycle counts.',
        }),
      ],
      [tenant('t-harbor', 'Harbor Retail', 'not-required', '4.0.0', 2 * DAY)],
      90,
    ),
    app(
      6,
      'Energy Meter Gateway',
      'Collects readings from smart energy meters',
      [
        version('1.3.2', 'active', 60 * DAY, gatewayRoles, { active: { since: 50 * DAY } }),
        version('1.4.0', 'failed', 14 * DAY, gatewayRoles, { failedAgo: 10 * DAY }),
        {
          ...version('1.5.0', 'available', 4 * DAY, gatewayRoles, {
            releaseNotes: 'Faster meter import.',
          }),
          failsToStart: true,
        },
      ],
      twoTenants('1.3.2', 50 * DAY),
      4 * DAY,
    ),
  ];
}
