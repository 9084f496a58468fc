import type { ApplicationsState } from './applications/state';
import {
  generateApplications,
  seedAccess,
  seedApplications,
  seedProjects,
} from './applications/seed';
import { seedApplicationAudit } from './applications/seed-audit';
import { roles, seedGroups, seedUsers } from './core/identity-seed';
import { defaultScenario } from './core/scenario';
import { laidAt } from './core/seed-random';
import type { CoreState } from './core/state';
import { seedNotifications } from './inbox/seed';
import { seedPlatform } from './platform/seed';
import { seedPlatformReleases } from './platform/seed-releases';
import type { PlatformState } from './platform/state';
import type { SelfHostedState } from './self-hosted/state';
import { seedServers, seedServerUpgrades } from './servers/seed';
import type { ServersState } from './servers/state';
import { seedSelfHosted } from './self-hosted/seed';
import type { TemplatesState } from './templates/state';
import { seedTemplateAudit, seedTemplateUpgrades } from './templates/seed';

/**
 * Everything the simulated server stores: the core records plus each area's slice. The one
 * place that knows every area; the slices never import it.
 */
export interface Db
  extends
    CoreState,
    ApplicationsState,
    SelfHostedState,
    TemplatesState,
    ServersState,
    PlatformState {}

/**
 * Every key of the state, and whether saved state holds it; the compiler keeps the list whole.
 * Saved state lacking a saved key was saved by an older simulator and is topped up from the seed.
 * The unsaved ones never change and come from the seed (`persist` leaves them out).
 */
const SAVED_KEYS = {
  roles: true,
  users: true,
  groups: true,
  projects: true,
  applications: true,
  access: true,
  details: true,
  operations: true,
  selfHosted: true,
  templateUpgrades: true,
  servers: true,
  serverReleases: true,
  serverUpgrades: true,
  infrastructures: true,
  platformEnvironments: true,
  platformReleases: false,
  upgradePlans: true,
  stagings: true,
  platformFaults: true,
  audit: true,
  notifications: true,
  idempotency: true,
  session: true,
  settings: true,
  scenario: true,
  sequence: true,
} satisfies Record<keyof Db, boolean>;

/** The keys saved state leaves out. */
export type UnsavedKey = {
  [K in keyof typeof SAVED_KEYS]: (typeof SAVED_KEYS)[K] extends false ? K : never;
}[keyof typeof SAVED_KEYS];

/**
 * Saved state made whole again: the unsaved parts laid at the instant the rest was seeded. Only
 * state that lacks a saved key needs the whole seed built (a page load's main thread was
 * spending ~45 ms on it, template diffs included, at every reload).
 */
export function completeSavedDb(saved: Omit<Db, UnsavedKey> & Partial<Pick<Db, UnsavedKey>>): Db {
  const seededAt = saved.settings.seededAt;
  const whole = Object.entries(SAVED_KEYS).every(([key, kept]) => !kept || key in saved);
  if (!whole) return { ...createSeedDb(seededAt), ...saved };
  return { ...saved, platformReleases: laidAt(seededAt, seedPlatformReleases) };
}

/** The seed, with every date counted back from `now` (the simulator's clock). */
export function createSeedDb(now: number, options: { largeDataset?: boolean } = {}): Db {
  return laidAt(now, () => buildSeedDb(now, options));
}

function buildSeedDb(now: number, options: { largeDataset?: boolean }): Db {
  const users = seedUsers();
  const projects = seedProjects();
  const applications = seedApplications();
  if (options.largeDataset) applications.push(...generateApplications(projects));
  const templateUpgrades = seedTemplateUpgrades();
  const { servers, releases } = seedServers();
  return {
    roles,
    users,
    groups: seedGroups(users),
    projects,
    applications,
    access: seedAccess(applications.filter((a) => !a.generated)),
    details: {},
    operations: [],
    selfHosted: seedSelfHosted(),
    templateUpgrades,
    servers,
    serverReleases: releases,
    serverUpgrades: seedServerUpgrades(servers, releases),
    ...seedPlatform(),
    audit: [...seedApplicationAudit(), ...seedTemplateAudit(templateUpgrades)],
    notifications: seedNotifications(),
    idempotency: {},
    session: { userId: 'u-admin' },
    settings: { largeDataset: Boolean(options.largeDataset), seededAt: now },
    scenario: { ...defaultScenario },
    sequence: 0,
  };
}
