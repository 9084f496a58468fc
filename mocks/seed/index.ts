import { defaultScenario, type Db } from '../db';
import { generateApplications, seedAccess, seedApplications, seedProjects } from './applications';
import { roles, seedGroups, seedUsers } from './identity';
import { seedSelfHosted } from './self-hosted';
import { seedTemplateAudit, seedTemplateUpgrades } from './templates';
import { laidAt, seedTime } from './random';

/** The seed, with every date counted back from `now` (the simulator's clock). */
export function createSeedDb(now: number, options: { largeDataset?: boolean } = {}): Db {
  return laidAt(now, () => buildSeedDb(now, options));
}

function buildSeedDb(now: number, options: { largeDataset?: boolean }): Db {
  const users = seedUsers();
  const projects = seedProjects();
  const applications = seedApplications();
  if (options.largeDataset) applications.push(...generateApplications(projects));
  const alex = { id: 'u-admin', name: 'Alex Morgan' };
  const templateUpgrades = seedTemplateUpgrades();
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
    audit: [
      {
        id: 'audit-seed-1',
        at: seedTime(180),
        actor: alex,
        action: 'application.upgrade',
        resource: { type: 'application', id: 'app-001', name: 'invoice-approvals' },
        from: 'project version 2 (application version 2)',
        to: 'project version 4 (application version 3)',
        comment: 'Quarter-end approval rules',
        outcome: 'succeeded',
      },
      {
        id: 'audit-seed-2',
        at: seedTime(2400),
        actor: alex,
        action: 'application.upgrade',
        resource: { type: 'application', id: 'app-002', name: 'invoice-approvals-eu' },
        from: 'project version 4 (application version 3)',
        to: 'project version 10 (application version 4)',
        outcome: 'succeeded',
      },
      ...seedTemplateAudit(templateUpgrades),
    ],
    notifications: [
      {
        id: 'n-seed-1',
        userId: 'u-admin',
        at: seedTime(180),
        kind: 'operation.succeeded',
        severity: 'success',
        title: 'Upgrade finished',
        message: 'invoice-approvals now runs project version 4 (application version 3).',
        resource: { type: 'application', id: 'app-001', name: 'invoice-approvals' },
        read: false,
        archived: false,
      },
    ],
    idempotency: {},
    session: { userId: 'u-admin' },
    settings: { largeDataset: Boolean(options.largeDataset), seededAt: now },
    scenario: { ...defaultScenario },
    sequence: 0,
  };
}
