import type { ForgeComponent, PlatformApp } from '@/contract/platform';

/** Northwind's dozen applications: staged Development → Production, so each has them all. */
export const NORTHWIND_APPS: PlatformApp[] = [
  { name: 'Claims Portal', kind: 'reactive', modules: 9 },
  { name: 'Field Inspections', kind: 'mobile', modules: 7 },
  { name: 'Customer 360', kind: 'reactive', modules: 11 },
  { name: 'Policy Admin', kind: 'web', modules: 13 },
  { name: 'Agent Workbench', kind: 'web', modules: 8 },
  { name: 'Broker Onboarding', kind: 'reactive', modules: 5 },
  { name: 'Fleet Tracker', kind: 'mobile', modules: 6 },
  { name: 'Underwriting Rules', kind: 'web', modules: 10 },
  { name: 'HR Self-Service', kind: 'reactive', modules: 4 },
  { name: 'Expense Claims', kind: 'mobile', modules: 3 },
  { name: 'Document Vault', kind: 'web', modules: 6 },
  { name: 'Notifications Hub', kind: 'reactive', modules: 4 },
];

/** Still in development: not staged to Production yet. */
export const NOT_IN_PRODUCTION = ['Notifications Hub'];

export const LEGACY_APPS: PlatformApp[] = [
  { name: 'Timesheets', kind: 'web', modules: 5 },
  { name: 'Purchase Orders', kind: 'web', modules: 7 },
  { name: 'Stock Count', kind: 'mobile', modules: 3 },
];

export const NORTHWIND_FORGE: ForgeComponent[] = [
  { name: 'Ultimate PDF', installedVersion: '9.2.1', latestVersion: '10.0.4' },
  { name: 'CryptoAPI', installedVersion: '2.3.0', latestVersion: '2.4.1' },
  { name: 'Advanced Excel', installedVersion: '2.2.9', latestVersion: '2.3.2' },
  { name: 'Barcode Plugin', installedVersion: '5.1.2', latestVersion: '6.0.0' },
  { name: 'Camera Plugin', installedVersion: '6.0.2', latestVersion: '7.1.0' },
];

export const LEGACY_FORGE: ForgeComponent[] = [
  { name: 'Silk UI Web', installedVersion: '1.4.3', latestVersion: '1.5.0' },
  { name: 'Excel Utils', installedVersion: '1.2.0', latestVersion: '1.3.1' },
];

/** OutSystems' layers, as module name suffixes: the application's first module has none. */
const SUFFIXES = ['CS', 'BL', 'IS', 'Th', 'Pat', 'API', 'Lib', 'Sync', 'CW', 'Eng', 'Rpt', 'Batch'];

/**
 * The modules of an application, as modules preparation names them: "Claims Portal" with 3
 * modules is ClaimsPortal, ClaimsPortal_CS, ClaimsPortal_BL.
 */
export function moduleNames(app: PlatformApp): string[] {
  const base = app.name.replace(/[^A-Za-z0-9]+/g, '');
  return Array.from({ length: app.modules }, (_, i) =>
    i === 0
      ? base
      : `${base}_${SUFFIXES[(i - 1) % SUFFIXES.length] ?? 'M'}${i > SUFFIXES.length ? String(i) : ''}`,
  );
}
