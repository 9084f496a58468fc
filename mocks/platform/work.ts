import type { Actor, ResourceRef } from '@/contract/common';
import { startOperation } from '../core/operations';
import { ProblemError } from '../core/problems';
import type { OperationRecord } from '../core/state';
import type { Db } from '../db';
import { infrastructureOf } from './plan-access';
import type { PlanEnvironmentRecord, PlanRecord } from './state';

export interface WorkStep {
  id: string;
  title: string;
  ms: number;
}

/**
 * Starts an operation whose steps depend on the environment (its upgrade steps, its modules,
 * its applications) rather than on the kind: the record's steps are replaced before it runs.
 */
export function startWork(
  db: Db,
  now: number,
  args: { kind: string; resource: ResourceRef; input: Record<string, unknown>; actor: Actor },
  steps: readonly WorkStep[],
): OperationRecord {
  const op = startOperation(db, now, args);
  op.steps = steps.map((s) => ({ id: s.id, title: s.title, status: 'pending' }));
  op.stepMs = steps.map((s) => s.ms);
  return op;
}

/** The plan and environment an operation works on; gone ones fail it. */
export function targetOf(db: Db, op: OperationRecord) {
  const plan = db.upgradePlans.find((p) => p.id === op.input.planId);
  const env = plan?.environments.find((e) => e.environmentId === op.input.environmentId);
  if (!plan || !env) throw failure('The plan is gone', `No plan ${String(op.input.planId)}.`);
  return { plan, env, infrastructure: infrastructureOf(db, plan) };
}

export const failure = (title: string, detail: string) =>
  new ProblemError({
    type: 'https://upshift.example/problems/platform-step-failed',
    title,
    status: 500,
    detail,
  });

export const environmentResource = (env: PlanEnvironmentRecord): ResourceRef => ({
  type: 'environment',
  id: env.environmentId,
  name: env.name,
});

export const workInput = (plan: PlanRecord, env: PlanEnvironmentRecord) => ({
  planId: plan.id,
  environmentId: env.environmentId,
  environment: env.name,
  from: env.fromVersion,
  to: plan.to,
});
