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
