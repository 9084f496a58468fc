import { endpoints } from '@/contract/endpoints';
import type { Infrastructure } from '@/contract/platform';
import { crossedReleases } from '@/features/platform/releases';
import { compareVersions } from '@/lib/version-compare';
import { route } from '../core/http';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import type { Db } from '../db';
import { requireEnvironment, requireReleased, toEnvironment } from './lookups';
import { environmentsOf, openPlanOf, type InfrastructureRecord } from './state';

function toInfrastructure(db: Db, infrastructure: InfrastructureRecord): Infrastructure {
  return {
    ...structuredClone(infrastructure),
    environments: environmentsOf(db, infrastructure.id).map(toEnvironment),
    activePlanId: openPlanOf(db, infrastructure.id)?.id ?? null,
  };
}

function releasesBetween(db: Db, from: string | undefined, to: string | undefined) {
  if (from === undefined && to === undefined) return db.platformReleases;
  if (from === undefined || to === undefined) {
    const field = from === undefined ? 'from' : 'to';
    const message = 'Give both from and to, or neither.';
    throw problems.unprocessable('Give both versions', message, [{ field, message }]);
  }
  requireReleased(db, from, 'from');
  requireReleased(db, to, 'to');
  if (compareVersions(from, to) >= 0) {
    const message = `${from} is not lower than ${to}: nothing is crossed.`;
    throw problems.unprocessable('from must be lower than to', message, [
      { field: 'from', message },
    ]);
  }
  return crossedReleases(db.platformReleases, from, to);
}

/** Infrastructures, releases and maintenance mode. */
export const environmentHandlers = [
  route(endpoints.listPlatformEnvironments, ({ db }) => ({
    items: db.infrastructures.map((i) => toInfrastructure(db, i)),
  })),

  route(endpoints.listPlatformReleases, ({ db, query }) => ({
    items: structuredClone(releasesBetween(db, query.from, query.to)),
  })),

  route(endpoints.setMaintenanceMode, ({ db, params, body, user, now }) => {
    const env = requireEnvironment(db, params.environmentId);
    const before = env.maintenanceMode;
    env.maintenanceMode = body.enabled;
    env.updatedAt = new Date(now).toISOString();
    const word = (on: boolean) => (on ? 'on' : 'off');
    recordAudit(db, now, {
      actor: { id: user.id, name: user.name },
      action: 'environment.maintenance-mode',
      resource: { type: 'environment', id: env.id, name: env.name },
      from: `maintenance mode ${word(before)}`,
      to: `maintenance mode ${word(body.enabled)}`,
      outcome: 'succeeded',
    });
    return toEnvironment(env);
  }),
];
