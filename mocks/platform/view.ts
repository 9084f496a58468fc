import type {
  Execution,
  PlanEnvironment,
  PlanEnvironmentStatus,
  PlanWarning,
  UpgradePlan,
} from '@/contract/platform-plans';
import { checklistFor, executionStepsFor } from '@/features/platform/execution-rules';
import { lifeTimeBlockers, scheduleWarnings } from '@/features/platform/plan-rules';
import { publishMode } from '@/features/platform/publish-mode';
import type { Db } from '../db';
import {
  findEnvironment,
  findInfrastructure,
  type InfrastructureRecord,
  type PlanEnvironmentRecord,
  type PlanRecord,
} from './state';

/** Whether every application of the environment is published in the new version. */
function allPublished(db: Db, env: PlanEnvironmentRecord): boolean {
  const apps = findEnvironment(db, env.environmentId)?.apps ?? [];
  return apps.every((a) => env.publishedApps.includes(a.name));
}

/** Where the environment stands, from its execution, publication and testing. */
export function statusOf(db: Db, env: PlanEnvironmentRecord): PlanEnvironmentStatus {
  switch (env.execution.status) {
    case 'not-started':
      return 'not-started';
    case 'scheduled':
    case 'running':
      return 'upgrading';
    case 'failed':
      return 'failed';
    case 'done':
      if (env.kind === 'lifetime') return 'upgraded';
      if (env.testing) return 'tested';
      return allPublished(db, env) ? 'published' : 'upgraded';
  }
}

export function lifeTimeShared(infrastructure: InfrastructureRecord): boolean {
  return !infrastructure.lifeTime.dedicated;
}

export function hostName(db: Db, infrastructure: InfrastructureRecord): string | null {
  const id = infrastructure.lifeTime.hostEnvironmentId;
  return id ? (findEnvironment(db, id)?.name ?? null) : null;
}

/** The blockers still standing: LifeTime behind the target, or not in a dedicated environment. */
export function currentBlockers(db: Db, infrastructure: InfrastructureRecord, to: string) {
  return lifeTimeBlockers(infrastructure.lifeTime, to, hostName(db, infrastructure));
}

/** The steps of the environment's upgrade, from the strategy chosen, none done yet. */
export function plannedSteps(
  plan: PlanRecord,
  env: PlanEnvironmentRecord,
  infrastructure: InfrastructureRecord,
): Execution['steps'] {
  return executionStepsFor({
    kind: env.kind,
    hosting: env.hosting,
    strategy: env.strategy,
    lifeTimeShared: lifeTimeShared(infrastructure),
    to: plan.to,
    modulePreparation: publishMode(env.fromVersion, plan.to) === 'gradual',
  }).map((s) => ({ ...s, status: 'pending', detail: null }));
}

/** Before it starts, the steps follow the strategy chosen; once started, they are kept. */
function executionOf(
  plan: PlanRecord,
  env: PlanEnvironmentRecord,
  infrastructure: InfrastructureRecord,
): Execution {
  const execution = structuredClone(env.execution);
  if (execution.status === 'not-started') execution.steps = plannedSteps(plan, env, infrastructure);
  return execution;
}

function checklistOf(db: Db, plan: PlanRecord, env: PlanEnvironmentRecord) {
  const record = findEnvironment(db, env.environmentId);
  if (env.kind === 'lifetime' || !record) return [];
  return checklistFor({ ...record, kind: env.kind }, plan.to).map((item) => {
    const tick = env.ticks[item.id];
    return {
      ...item,
      done: tick !== undefined,
      doneBy: tick?.doneBy ?? null,
      doneAt: tick?.doneAt ?? null,
    };
  });
}

export function toPlanEnvironment(
  db: Db,
  plan: PlanRecord,
  env: PlanEnvironmentRecord,
  infrastructure: InfrastructureRecord,
): PlanEnvironment {
  const { ticks: _ticks, publishedApps: _published, requestedBy: _by, ...visible } = env;
  return {
    ...structuredClone(visible),
    status: statusOf(db, env),
    execution: executionOf(plan, env, infrastructure),
    checklist: checklistOf(db, plan, env),
  };
}

/** "While upgrading the Platform Server component, consider enabling maintenance mode." */
function maintenanceWarnings(db: Db, plan: PlanRecord): PlanWarning[] {
  return plan.environments.flatMap((env): PlanWarning[] => {
    const record = findEnvironment(db, env.environmentId);
    const upgrading = env.execution.status === 'running' || env.execution.status === 'failed';
    if (!record || env.hosting !== 'self-managed' || !upgrading || record.maintenanceMode)
      return [];
    return [
      {
        environmentId: env.environmentId,
        code: 'maintenance-mode-off',
        message: `${env.name} is being upgraded out of maintenance mode: consider enabling it, so LifeTime does not keep trying to reach the environment.`,
      },
    ];
  });
}

export function toUpgradePlan(db: Db, plan: PlanRecord): UpgradePlan {
  const infrastructure = findInfrastructure(db, plan.infrastructureId);
  if (!infrastructure) throw new Error(`No infrastructure ${plan.infrastructureId}`);
  const standing = currentBlockers(db, infrastructure, plan.to);
  const { lastChange: _lastChange, ...visible } = plan;
  return {
    ...structuredClone(visible),
    publishMode: publishMode(plan.from, plan.to),
    blockers: plan.blockers.map((b) => ({
      ...b,
      resolved: !standing.some((s) => s.code === b.code),
    })),
    environments: plan.environments.map((e) => toPlanEnvironment(db, plan, e, infrastructure)),
    warnings: [
      ...scheduleWarnings(plan.environments, infrastructure.sprints),
      ...maintenanceWarnings(db, plan),
    ],
  };
}
