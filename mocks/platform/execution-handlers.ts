import type { FieldError } from '@/contract/common';
import { endpoints } from '@/contract/endpoints';
import { productionWaitsFor } from '@/features/platform/plan-rules';
import { publishMode } from '@/features/platform/publish-mode';
import { route } from '../core/http';
import { consoleRoleOf } from '../core/identity';
import { publicOperation } from '../core/operations';
import { problems } from '../core/problems';
import type { Db } from '../db';
import { runExecution } from './execution-work';
import { runModulePreparation } from './module-preparation';
import { startPublication } from './publication';
import {
  actorOf,
  changed,
  infrastructureOf,
  requireOpenPlan,
  requirePlanEnvironment,
} from './plan-access';
import type { PlanEnvironmentRecord, PlanRecord } from './state';
import { plannedSteps, toUpgradePlan } from './view';

const CONFIRM = {
  serviceCenter: 'Confirm publishing the latest version of Service Center.',
  systemComponents: 'Confirm publishing the latest version of System Components.',
  modulePreparation: 'Confirm starting the modules preparation step.',
} as const;

type Confirm = Partial<Record<keyof typeof CONFIRM, boolean>>;

/** Apply and Exit: every step the Configuration Tool asks about is confirmed. */
function confirmErrors(plan: PlanRecord, env: PlanEnvironmentRecord, confirm: Confirm = {}) {
  const gradual = env.kind === 'application' && publishMode(env.fromVersion, plan.to) === 'gradual';
  return (Object.keys(CONFIRM) as (keyof typeof CONFIRM)[])
    .filter((key) => (key !== 'modulePreparation' || gradual) && confirm[key] !== true)
    .map((key): FieldError => ({ field: `confirm.${key}`, message: CONFIRM[key] }));
}

function refuseToStart(db: Db, plan: PlanRecord, env: PlanEnvironmentRecord) {
  const { status } = env.execution;
  if (status === 'running' || status === 'scheduled') {
    throw problems.conflict(
      `${env.name} is already being upgraded`,
      `An upgrade of ${env.name} to ${plan.to} is ${status}: one execution at a time per environment.`,
    );
  }
  if (status === 'done') {
    throw problems.conflict(`${env.name} is upgraded`, `${env.name} is already on ${plan.to}.`);
  }
  const view = toUpgradePlan(db, plan);
  const behind = view.blockers.find((b) => !b.resolved);
  if (env.kind === 'application' && behind) {
    throw problems.unprocessable('Upgrade LifeTime first', behind.message);
  }
  const waits = productionWaitsFor(view.environments, env.environmentId);
  if (waits) throw problems.unprocessable('Production waits for a tested environment', waits);
}

/** An environment's upgrade (started or resumed), its modules preparation and publication. */
export const executionHandlers = [
  route(endpoints.startExecution, ({ db, now, user, params, body }) => {
    const plan = requireOpenPlan(db, params.planId);
    const env = requirePlanEnvironment(plan, params.environmentId);
    refuseToStart(db, plan, env);
    const errors: FieldError[] = [];
    const isAdmin = consoleRoleOf(user) === 'UPSHIFT_ADMINISTRATOR';
    if (env.hosting === 'self-managed') errors.push(...confirmErrors(plan, env, body.confirm));
    else {
      if (!isAdmin && !body.approvedBy)
        errors.push({
          field: 'approvedBy',
          message:
            "Name the infrastructure admin who approves this request: OutSystems needs an infrastructure admin's approval.",
        });
      if (!env.schedule)
        errors.push({
          field: 'schedule',
          message: `Schedule ${env.name} in Planning first: the request says when, with the time zone.`,
        });
    }
    if (errors.length > 0) {
      throw problems.unprocessable(
        'The upgrade cannot start yet',
        errors.map((e) => e.message).join(' '),
        errors,
      );
    }
    const resuming = env.execution.status === 'failed';
    const at = new Date(now).toISOString();
    if (!resuming) {
      env.execution = {
        ...env.execution,
        steps: plannedSteps(plan, env, infrastructureOf(db, plan)),
        status: 'running',
        startedAt: at,
      };
    }
    if (env.hosting === 'cloud')
      env.execution.approvedBy = isAdmin ? user.name : (body.approvedBy ?? null);
    env.requestedBy = actorOf(user);
    const op = runExecution(db, now, plan, env, actorOf(user));
    changed(db, now, user, plan, `${resuming ? 'Resumed' : 'Started'} the upgrade of ${env.name}`, {
      action: resuming ? 'platform-plan.execution.retry' : 'platform-plan.execution',
      from: env.fromVersion,
      to: plan.to,
    });
    return publicOperation(op);
  }),

  route(endpoints.retryModulePreparation, ({ db, now, user, params }) => {
    const plan = requireOpenPlan(db, params.planId);
    const env = requirePlanEnvironment(plan, params.environmentId);
    const prep = env.modulePreparation;
    if (prep?.status !== 'failed') {
      throw problems.conflict(
        'Nothing to retry',
        prep
          ? `Modules preparation of ${env.name} is ${prep.status} (${String(prep.prepared)} of ${String(prep.total)} modules).`
          : `${env.name} has no modules preparation.`,
      );
    }
    const op = runModulePreparation(db, now, plan, env, actorOf(user));
    changed(
      db,
      now,
      user,
      plan,
      `Resumed modules preparation of ${env.name} at ${prep.failedModule ?? 'the module it stopped at'}`,
      {
        action: 'platform-plan.module-preparation.retry',
      },
    );
    return publicOperation(op);
  }),

  route(endpoints.publishApplications, ({ db, now, user, params, body }) => {
    const plan = requireOpenPlan(db, params.planId);
    const env = requirePlanEnvironment(plan, params.environmentId);
    const op = startPublication(db, now, user, plan, env, body);
    changed(db, now, user, plan, `Publishing ${env.name}'s applications (${body.method})`, {
      action: 'platform-plan.publication',
      to: plan.to,
    });
    return publicOperation(op);
  }),
];
