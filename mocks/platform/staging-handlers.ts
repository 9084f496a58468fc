import { endpoints } from '@/contract/endpoints';
import { canStage } from '@/features/platform/environment-rules';
import { compareVersions } from '@/lib/version-compare';
import { route } from '../core/http';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import { nextId } from '../core/state';
import type { Db } from '../db';
import { requireEnvironment } from './lookups';
import { actorOf } from './plan-access';
import { environmentsOf, type EnvironmentRecord } from './state';

const refuse = (field: string, message: string) =>
  problems.unprocessable('This staging is not possible', message, [{ field, message }]);

/**
 * The seed's way out when staging is blocked: fix in the environment closest before the target
 * that is still on the target's version (e.g. Pre-Production before Production), move the fix
 * on, and backport it to the environments already upgraded.
 */
function wayOut(db: Db, from: EnvironmentRecord, to: EnvironmentRecord, application: string) {
  const fixHere = environmentsOf(db, to.infrastructureId)
    .filter(
      (e) => e.stagingOrder < to.stagingOrder && canStage(e.platformVersion, to.platformVersion),
    )
    .at(-1);
  const newer = environmentsOf(db, to.infrastructureId).filter(
    (e) => compareVersions(e.platformVersion, to.platformVersion) > 0,
  );
  const backport =
    newer.length > 0
      ? ` Don't forget to backport the fix to ${newer.map((e) => e.name).join(', ')}.`
      : '';
  if (fixHere)
    return `Make the fix directly in ${fixHere.name}, still on ${fixHere.platformVersion}: use the development tools there to fix, publish and test ${application}, then move it to ${to.name}.${backport}`;
  if (compareVersions(from.platformVersion, to.platformVersion) > 0)
    return `Make the fix directly in ${to.name}, which hasn't been upgraded yet, and publish and test it there.${backport}`;
  return `Upgrade ${from.name} to ${to.platformVersion} first, or make the fix directly in ${to.name}.`;
}

/** Staging applications between environments: only on the same Platform Server version. */
export const stagingHandlers = [
  route(endpoints.listStagings, ({ db }) => ({
    items: [...db.stagings].sort(
      (a, b) => b.stagedAt.localeCompare(a.stagedAt) || b.id.localeCompare(a.id),
    ),
  })),

  route(endpoints.createStaging, ({ db, now, user, body }) => {
    const from = requireEnvironment(db, body.fromEnvironmentId);
    const to = requireEnvironment(db, body.toEnvironmentId);
    if (from.infrastructureId !== to.infrastructureId)
      throw refuse('toEnvironmentId', `${to.name} is in another infrastructure than ${from.name}.`);
    if (from.id === to.id) throw refuse('toEnvironmentId', 'Pick another environment to stage to.');
    if (!from.apps.some((a) => a.name === body.application))
      throw refuse('application', `${body.application} is not an application of ${from.name}.`);
    if (!canStage(from.platformVersion, to.platformVersion)) {
      throw problems.conflict(
        "You can't stage between environments in different versions",
        `${from.name} is on ${from.platformVersion} and ${to.name} on ${to.platformVersion}: you can't stage applications between environments in different versions. ${wayOut(db, from, to, body.application)}`,
      );
    }
    const backportTo = environmentsOf(db, to.infrastructureId)
      .filter((e) => compareVersions(e.platformVersion, from.platformVersion) > 0)
      .map((e) => e.id);
    const staging = {
      id: nextId(db, 'staging'),
      application: body.application,
      fromEnvironmentId: from.id,
      toEnvironmentId: to.id,
      note: body.note,
      backportTo,
      stagedBy: actorOf(user),
      stagedAt: new Date(now).toISOString(),
    };
    db.stagings.push(staging);
    recordAudit(db, now, {
      actor: actorOf(user),
      action: 'environment.staging',
      resource: { type: 'environment', id: to.id, name: to.name },
      from: from.name,
      to: to.name,
      outcome: 'succeeded',
      comment: `${body.application}${body.note ? `: ${body.note}` : ''}`,
    });
    return { ...staging, backportTo: [...backportTo] };
  }),
];
