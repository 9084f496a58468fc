import type { User } from '@/contract/identity';
import type { Execution } from '@/contract/platform-plans';
import { crossedChanges, crossedReleases } from '@/features/platform/releases';
import { compareVersions, latestVersionOf } from '@/lib/version-compare';
import { nextId } from '../core/state';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import type { Db } from '../db';
import { requireReleased } from './lookups';
import { actorOf } from './plan-access';
import {
  environmentsOf,
  findInfrastructure,
  openPlanOf,
  type PlanEnvironmentRecord,
  type PlanRecord,
} from './state';
import { currentBlockers } from './view';

const notStarted = (): Execution => ({
  status: 'not-started',
  steps: [],
  operationId: null,
  failure: null,
  approvedBy: null,
  installedComponents: [],
  startedAt: null,
  finishedAt: null,
});

/** What every environment of a new plan starts with: downtime, no schedule, nothing run. */
const fresh = (): Omit<
  PlanEnvironmentRecord,
  'environmentId' | 'kind' | 'name' | 'role' | 'hosting' | 'fromVersion'
> => ({
  strategy: 'downtime',
  schedule: null,
  execution: notStarted(),
  modulePreparation: null,
  ticks: {},
  requestedBy: null,
  publishedApps: [],
  publication: null,
  testing: null,
});

/**
 * A plan taking an infrastructure to `to`: the changes of every release crossed from its lowest
 * environment, each to review; the environments in staging order, LifeTime first when a blocker
 * says it must be upgraded (behind the target, or not in a dedicated environment).
 */
export function createPlan(db: Db, now: number, user: User, infrastructureId: string, to: string) {
  const infrastructure = findInfrastructure(db, infrastructureId);
  if (!infrastructure) throw problems.notFound('Infrastructure', infrastructureId);
  const open = openPlanOf(db, infrastructureId);
  if (open) {
    throw problems.conflict(
      'This infrastructure already has a plan',
      `${infrastructure.name} is being taken to ${open.to} by plan ${open.id} (created by ${open.createdBy.name}). Finish that plan first.`,
    );
  }
  const target = requireReleased(db, to, 'to').version;
  const envs = environmentsOf(db, infrastructureId);
  const highest = latestVersionOf(envs.map((e) => e.platformVersion)) ?? target;
  if (compareVersions(target, highest) <= 0) {
    const on = envs.filter((e) => compareVersions(e.platformVersion, target) >= 0);
    const message = `${target} is not higher than every environment: ${on.map((e) => `${e.name} is on ${e.platformVersion}`).join(', ')}. Pick a version higher than ${highest}.`;
    throw problems.unprocessable('Pick a higher version', message, [{ field: 'to', message }]);
  }
  const from = envs.reduce(
    (low, e) => (compareVersions(e.platformVersion, low) < 0 ? e.platformVersion : low),
    highest,
  );
  const blockers = currentBlockers(db, infrastructure, target).map(({ resolved: _r, ...b }) => b);
  const lifeTime: PlanEnvironmentRecord[] =
    blockers.length > 0
      ? [
          {
            ...fresh(),
            environmentId: infrastructure.lifeTime.id,
            kind: 'lifetime',
            name: 'LifeTime',
            role: null,
            hosting: infrastructure.lifeTime.hosting,
            fromVersion: infrastructure.lifeTime.version,
          },
        ]
      : [];
  const at = new Date(now).toISOString();
  const actor = actorOf(user);
  const plan: PlanRecord = {
    id: nextId(db, 'plan'),
    infrastructureId,
    from,
    to: target,
    revision: 1,
    status: 'open',
    crossed: crossedReleases(db.platformReleases, from, target).map((r) => r.version),
    changes: crossedChanges(db.platformReleases, from, target).map((c) => ({
      ...c,
      review: 'unreviewed',
      estimateHours: null,
      note: '',
      reviewedBy: null,
      reviewedAt: null,
    })),
    blockers,
    environments: [
      ...lifeTime,
      ...envs.map((e): PlanEnvironmentRecord => ({
        ...fresh(),
        environmentId: e.id,
        kind: 'application',
        name: e.name,
        role: e.role,
        hosting: e.hosting,
        fromVersion: e.platformVersion,
      })),
    ],
    createdBy: actor,
    createdAt: at,
    updatedAt: at,
    lastChange: null,
  };
  db.upgradePlans.push(plan);
  recordAudit(db, now, {
    actor,
    action: 'platform-plan.create',
    resource: { type: 'platform-plan', id: plan.id, name: `${infrastructure.name} to ${target}` },
    from,
    to: target,
    outcome: 'succeeded',
  });
  return plan;
}
