import type { Actor } from '@/contract/common';
import type { User } from '@/contract/identity';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import type { Db } from '../db';
import { findInfrastructure, type PlanRecord } from './state';

export const actorOf = (user: User): Actor => ({ id: user.id, name: user.name });

export function requirePlan(db: Db, planId: string): PlanRecord {
  const plan = db.upgradePlans.find((p) => p.id === planId);
  if (!plan) throw problems.notFound('Upgrade plan', planId);
  return plan;
}

/** A finished plan is a record: nothing in it changes any more. */
export function requireOpenPlan(db: Db, planId: string): PlanRecord {
  const plan = requirePlan(db, planId);
  if (plan.status === 'done') {
    throw problems.conflict(
      'This plan is done',
      `Every environment was upgraded to ${plan.to} and tested: the plan is kept as a record.`,
    );
  }
  return plan;
}

export function requirePlanEnvironment(plan: PlanRecord, environmentId: string) {
  const env = plan.environments.find((e) => e.environmentId === environmentId);
  if (!env) throw problems.notFound('Environment of this plan', environmentId);
  return env;
}

export function infrastructureOf(db: Db, plan: PlanRecord) {
  const infrastructure = findInfrastructure(db, plan.infrastructureId);
  if (!infrastructure) throw problems.notFound('Infrastructure', plan.infrastructureId);
  return infrastructure;
}

export const planResource = (db: Db, plan: PlanRecord) => ({
  type: 'platform-plan',
  id: plan.id,
  name: `${infrastructureOf(db, plan).name} to ${plan.to}`,
});

/**
 * Records a change someone made to the plan: a new revision (a stale edit is a 409 naming
 * this change), the time, and the audit entry.
 */
export function changed(
  db: Db,
  now: number,
  user: User,
  plan: PlanRecord,
  what: string,
  audit: { action: string; from?: string; to?: string; fields?: string[] },
) {
  plan.revision += 1;
  plan.updatedAt = new Date(now).toISOString();
  plan.lastChange = { by: actorOf(user), what };
  recordAudit(db, now, {
    actor: actorOf(user),
    action: audit.action,
    resource: planResource(db, plan),
    outcome: 'succeeded',
    comment: what,
    ...(audit.from !== undefined ? { from: audit.from } : {}),
    ...(audit.to !== undefined ? { to: audit.to } : {}),
    ...(audit.fields ? { fields: audit.fields } : {}),
  });
}
