import type { Actor } from '@/contract/common';
import type { ModulePreparation } from '@/contract/platform';
import { registerOperationKind } from '../core/operations';
import type { OperationRecord } from '../core/state';
import type { Db } from '../db';
import { moduleNames } from './seed-apps';
import { findEnvironment, type PlanEnvironmentRecord, type PlanRecord } from './state';
import { environmentResource, failure, startWork, targetOf, workInput } from './work';

export const MODULE_PREPARATION = 'platform.module-preparation';
/** Simulated time to prepare one module for the new version. */
export const MODULE_MS = 1500;

/** The environment's modules, in the order preparation goes through them. */
export function modulesOf(db: Db, environmentId: string): string[] {
  return (findEnvironment(db, environmentId)?.apps ?? []).flatMap(moduleNames);
}

/** The plan's and the infrastructure's copy move together: both survive a reload in the db. */
function setPreparation(db: Db, env: PlanEnvironmentRecord, prep: ModulePreparation) {
  env.modulePreparation = prep;
  const record = findEnvironment(db, env.environmentId);
  if (record) record.modulePreparation = { ...prep };
}

/**
 * Prepares the modules not prepared yet: from the first after the upgrade (to 11.12.0 or later,
 * outside the maintenance window), from the one it stopped at on a Retry.
 */
export function runModulePreparation(
  db: Db,
  now: number,
  plan: PlanRecord,
  env: PlanEnvironmentRecord,
  actor: Actor,
): OperationRecord {
  const modules = modulesOf(db, env.environmentId);
  const prepared = env.modulePreparation?.prepared ?? 0;
  const op = startWork(
    db,
    now,
    {
      kind: MODULE_PREPARATION,
      resource: environmentResource(env),
      input: workInput(plan, env),
      actor,
    },
    modules.slice(prepared).map((name) => ({ id: name, title: name, ms: MODULE_MS })),
  );
  setPreparation(db, env, {
    status: 'running',
    prepared,
    total: modules.length,
    failedModule: null,
    operationId: op.id,
  });
  return op;
}

function update(db: Db, op: OperationRecord, change: Partial<ModulePreparation>) {
  const { env } = targetOf(db, op);
  if (env.modulePreparation) setPreparation(db, env, { ...env.modulePreparation, ...change });
}

registerOperationKind(MODULE_PREPARATION, {
  title: (input) => `Prepare the modules for ${String(input.to)}`,
  steps: [],
  onStepDone: (db, op, module) => {
    const { env } = targetOf(db, op);
    const faults = db.platformFaults[env.environmentId];
    if (faults?.modulePreparationFailsAt === module) {
      delete faults.modulePreparationFailsAt;
      throw failure(
        `Modules preparation stopped at ${module}`,
        `${module} could not be prepared for the new version. Retry resumes at ${module}.`,
      );
    }
    update(db, op, { prepared: (env.modulePreparation?.prepared ?? 0) + 1 });
  },
  complete: (db, op) => {
    update(db, op, { status: 'done', operationId: null });
    return { environmentId: String(op.input.environmentId) };
  },
  onFailure: (db, op) => {
    const failed = op.steps.find((s) => s.status === 'failed');
    update(db, op, { status: 'failed', failedModule: failed?.id ?? null, operationId: null });
  },
  auditDetails: (op) => ({ to: String(op.input.to) }),
});
