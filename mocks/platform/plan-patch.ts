import type { FieldError } from '@/contract/common';
import type { User } from '@/contract/identity';
import type { Schedule, Strategy } from '@/contract/platform-plans';
import { zeroDowntimeBlocker, zeroDowntimeRefusal } from '@/features/platform/environment-rules';
import { orderProblem, scheduleProblem } from '@/features/platform/plan-rules';
import { problems } from '../core/problems';
import type { Db } from '../db';
import { changed } from './plan-access';
import { findEnvironment, type PlanEnvironmentRecord, type PlanRecord } from './state';

interface PlanPatch {
  revision: number;
  order?: string[];
  environments?: { environmentId: string; strategy?: Strategy; schedule?: Schedule | null }[];
}

const started = (env: PlanEnvironmentRecord) => env.execution.status !== 'not-started';

function staleRefusal(plan: PlanRecord, revision: number) {
  const who = plan.lastChange
    ? `${plan.lastChange.by.name} changed it meanwhile (${plan.lastChange.what}). `
    : 'Someone changed it meanwhile. ';
  return problems.conflict(
    'Someone else changed this plan',
    `${who}It is at revision ${String(plan.revision)} now, not ${String(revision)}: look at their change, then make yours again.`,
    plan.revision,
  );
}

/** The application environments in the new order; LifeTime keeps its place first. */
function reorder(plan: PlanRecord, order: string[], errors: FieldError[]): PlanEnvironmentRecord[] {
  const apps = plan.environments.filter((e) => e.kind === 'application');
  const byId = new Map(apps.map((e) => [e.environmentId, e]));
  const ordered = order.flatMap((id) => byId.get(id) ?? []);
  const permutation =
    order.length === apps.length &&
    ordered.length === apps.length &&
    new Set(order).size === order.length;
  if (!permutation) {
    errors.push({
      field: 'order',
      message: `Give every application environment of the plan once: ${apps.map((e) => e.environmentId).join(', ')}.`,
    });
    return plan.environments;
  }
  const next = [...plan.environments.filter((e) => e.kind === 'lifetime'), ...ordered];
  const problem = orderProblem(next);
  if (problem) errors.push({ field: 'order', message: problem });
  const moved = next.find((e, i) => started(e) && plan.environments[i] !== e);
  if (moved && !problem) {
    throw problems.conflict(
      'That environment has started',
      `${moved.name}'s upgrade has started: it keeps its place in the order. Reorder the environments not started yet.`,
    );
  }
  return next;
}

function strategyProblem(db: Db, env: PlanEnvironmentRecord, strategy: Strategy): string | null {
  if (strategy !== 'zero-downtime') return null;
  if (env.kind === 'lifetime')
    return 'LifeTime has no front-ends of its own to switch: upgrade it with downtime.';
  const zones = findEnvironment(db, env.environmentId)?.zones ?? [];
  const zone = zeroDowntimeBlocker(zones);
  return zone ? zeroDowntimeRefusal(env.name, zone) : null;
}

/**
 * Order, strategy and schedule. Every refusal is at its field, all of them at once; an
 * environment whose upgrade has started keeps its strategy, schedule and place (409).
 */
export function patchPlan(db: Db, now: number, user: User, plan: PlanRecord, body: PlanPatch) {
  if (body.revision !== plan.revision) throw staleRefusal(plan, body.revision);
  const errors: FieldError[] = [];
  const environments = body.order ? reorder(plan, body.order, errors) : plan.environments;
  const changes: (() => void)[] = [];
  const reordered = environments.some((e, i) => plan.environments[i] !== e);
  const said: string[] = reordered
    ? [`the order (${environments.map((e) => e.name).join(', ')})`]
    : [];
  (body.environments ?? []).forEach((change, i) => {
    const env = plan.environments.find((e) => e.environmentId === change.environmentId);
    if (!env) {
      errors.push({
        field: `environments.${String(i)}.environmentId`,
        message: `${change.environmentId} is not an environment of this plan.`,
      });
      return;
    }
    const strategy = change.strategy ?? env.strategy;
    const schedule = change.schedule === undefined ? env.schedule : change.schedule;
    const differs =
      strategy !== env.strategy || JSON.stringify(schedule) !== JSON.stringify(env.schedule);
    if (!differs) return;
    if (started(env)) {
      throw problems.conflict(
        'That environment has started',
        `${env.name}'s upgrade has started (${env.execution.status}): its strategy and schedule can no longer change.`,
      );
    }
    const refused = strategyProblem(db, env, strategy);
    if (refused) errors.push({ field: `environments.${String(i)}.strategy`, message: refused });
    if (change.schedule) {
      const problem = scheduleProblem(change.schedule, new Date(now));
      if (problem)
        errors.push({
          field: `environments.${String(i)}.schedule.${problem.field}`,
          message: problem.message,
        });
    }
    said.push(
      `${env.name}: ${strategy}${schedule ? `, ${schedule.at} ${schedule.timeZone}` : ', not scheduled'}`,
    );
    changes.push(() => {
      env.strategy = strategy;
      env.schedule = schedule ? { ...schedule } : null;
    });
  });
  if (errors.length > 0) {
    throw problems.unprocessable(
      'The plan cannot be changed this way',
      errors.map((e) => e.message).join(' '),
      errors,
    );
  }
  if (said.length === 0) return;
  plan.environments = environments;
  for (const apply of changes) apply();
  changed(db, now, user, plan, `Changed ${said.join('; ')}`, {
    action: 'platform-plan.update',
    fields: [...(reordered ? ['order'] : []), ...(changes.length ? ['environments'] : [])],
  });
}
