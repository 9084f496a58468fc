import type { Actor } from '@/contract/common';
import type { ExecutionStepId } from '@/contract/platform-plans';
import { installedComponents, publishMode } from '@/features/platform/publish-mode';
import { onClockTick, registerOperationKind } from '../core/operations';
import { notify } from '../core/records';
import type { OperationRecord } from '../core/state';
import type { Db } from '../db';
import { stepDetail } from './execution-steps';
import { runModulePreparation } from './module-preparation';
import { findEnvironment, type PlanEnvironmentRecord, type PlanRecord } from './state';
import { environmentResource, failure, startWork, targetOf, workInput } from './work';

export const PLATFORM_UPGRADE = 'platform.upgrade';

const SECOND = 1000;
const stepMs: Record<ExecutionStepId, number> = {
  'dedicated-environment': 90 * SECOND,
  installer: 90 * SECOND,
  'apply-and-exit': 30 * SECOND,
  'disable-front-ends': 10 * SECOND,
  'upgrade-controller': 60 * SECOND,
  'disconnect-half': 10 * SECOND,
  'upgrade-half': 45 * SECOND,
  'switch-front-ends': 10 * SECOND,
  'upgrade-rest': 45 * SECOND,
  'reconnect-all': 10 * SECOND,
  request: 15 * SECOND,
  approval: 45 * SECOND,
  'outsystems-upgrade': 120 * SECOND,
};

/** Where the Platform Server installer runs: the step `installerFails` fails. */
const INSTALLER_STEPS: readonly string[] = [
  'installer',
  'upgrade-controller',
  'outsystems-upgrade',
];

/** A cloud upgrade waits for its schedule after the approval: OutSystems runs it then. */
const WAITS_FOR_SCHEDULE: ExecutionStepId = 'outsystems-upgrade';

/**
 * Runs the steps not done yet (a Retry resumes at the failed one). In the cloud the request and
 * the approval run now; OutSystems' upgrade starts on the agreed schedule.
 */
export function runExecution(
  db: Db,
  now: number,
  plan: PlanRecord,
  env: PlanEnvironmentRecord,
  actor: Actor,
): OperationRecord {
  const open = env.execution.steps.filter((s) => s.status !== 'done');
  const waitAt = open.findIndex((s) => s.id === WAITS_FOR_SCHEDULE);
  const batch = waitAt > 0 ? open.slice(0, waitAt) : open;
  const op = startWork(
    db,
    now,
    {
      kind: PLATFORM_UPGRADE,
      resource: environmentResource(env),
      // In the cloud this first batch only asks: OutSystems' upgrade starts on the schedule.
      input: { ...workInput(plan, env), request: waitAt > 0 },
      actor,
    },
    batch.map((s) => ({ id: s.id, title: s.title, ms: stepMs[s.id] })),
  );
  const first = env.execution.steps.find((s) => s.id === batch[0]?.id);
  if (first) first.status = 'running';
  env.execution.status = 'running';
  env.execution.operationId = op.id;
  env.execution.failure = null;
  return op;
}

/** A cloud upgrade whose approval came through starts once the clock reaches its schedule. */
function startDueUpgrades(db: Db, now: number) {
  for (const plan of db.upgradePlans) {
    if (plan.status !== 'open') continue;
    for (const env of plan.environments) {
      if (env.execution.status !== 'scheduled') continue;
      if (env.schedule && Date.parse(env.schedule.at) > now) continue;
      runExecution(db, now, plan, env, env.requestedBy ?? plan.createdBy);
    }
  }
}
onClockTick(startDueUpgrades);

/** The Platform Server (or LifeTime) is on the new version; gradual mode prepares the modules. */
function finishExecution(db: Db, op: OperationRecord) {
  const { plan, env, infrastructure } = targetOf(db, op);
  const now = op.lastTickMs;
  const at = new Date(now).toISOString();
  env.execution.status = 'done';
  env.execution.finishedAt = at;
  if (env.kind === 'lifetime') {
    const shared = env.execution.steps.some((s) => s.id === 'dedicated-environment');
    infrastructure.lifeTime = {
      ...infrastructure.lifeTime,
      version: plan.to,
      ...(shared ? { dedicated: true, hostEnvironmentId: null } : {}),
    };
    return;
  }
  const record = findEnvironment(db, env.environmentId);
  if (!record) return;
  record.platformVersion = plan.to;
  record.updatedAt = at;
  record.modulePreparation = null;
  env.execution.installedComponents = installedComponents(env, plan.to);
  if (publishMode(env.fromVersion, plan.to) !== 'gradual') return;
  env.modulePreparation = null;
  runModulePreparation(db, now, plan, env, op.startedBy);
  if (env.hosting === 'cloud') {
    notify(db, now, op.startedBy.id, {
      kind: 'platform.modules-preparing',
      category: 'message',
      severity: 'info',
      title: `${env.name} is on Platform Server ${plan.to}: preparing your modules`,
      message: `OutSystems upgraded the Platform Server of ${env.name} to ${plan.to} and is now preparing your modules for the new version, outside your maintenance window. Once it finishes, publish your applications at your own pace.`,
      resource: environmentResource(env),
    });
  }
}

registerOperationKind(PLATFORM_UPGRADE, {
  title: (input) =>
    input.request
      ? `Upgrade request for ${String(input.environment)}: Platform Server ${String(input.to)}`
      : `Upgrade of ${String(input.environment)} to Platform Server ${String(input.to)}`,
  steps: [],
  onStepDone: (db, op, id) => {
    const { plan, env } = targetOf(db, op);
    const faults = (db.platformFaults[env.environmentId] ??= {});
    if (id === 'approval' && faults.approvalRefused) {
      delete faults.approvalRefused;
      throw failure(
        'The approval was refused',
        `${env.execution.approvedBy ?? 'The infrastructure admin'} refused the upgrade request of ${env.name}. Once an infrastructure admin approves it, Retry.`,
      );
    }
    if (INSTALLER_STEPS.includes(id) && faults.installerFails) {
      delete faults.installerFails;
      throw failure(
        env.hosting === 'cloud'
          ? 'OutSystems could not upgrade the environment'
          : 'The installer failed',
        `The Platform Server ${plan.to} installer stopped on ${env.name}: the previous version still runs. Retry resumes at this step.`,
      );
    }
    const steps = env.execution.steps;
    const index = steps.findIndex((s) => s.id === id);
    const step = steps[index];
    if (!step) return;
    step.status = 'done';
    step.detail = stepDetail(db, plan, env, id as ExecutionStepId);
    const next = steps[index + 1];
    if (next && op.steps.some((s) => s.id === next.id)) next.status = 'running';
  },
  complete: (db, op) => {
    const { env } = targetOf(db, op);
    env.execution.operationId = null;
    if (env.execution.steps.every((s) => s.status === 'done')) finishExecution(db, op);
    else env.execution.status = 'scheduled';
    return { planId: String(op.input.planId), environmentId: String(op.input.environmentId) };
  },
  onFailure: (db, op) => {
    const { env } = targetOf(db, op);
    const failed = op.steps.find((s) => s.status === 'failed') ?? op.steps.at(-1);
    const step = env.execution.steps.find((s) => s.id === failed?.id);
    if (step) step.status = 'failed';
    for (const s of env.execution.steps) if (s.status === 'running') s.status = 'pending';
    env.execution.status = 'failed';
    env.execution.operationId = null;
    env.execution.failure = step
      ? {
          step: step.id,
          title: op.error?.title ?? 'The step failed',
          detail: op.error?.detail ?? '',
        }
      : null;
  },
  auditDetails: (op) => ({ from: String(op.input.from), to: String(op.input.to) }),
});
