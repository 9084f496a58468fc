import type { Infrastructure, PlatformEnvironment } from '@/contract/platform';
import type { PlanEnvironment, UpgradePlan } from '@/contract/platform-plans';
import { productionWaitsFor } from '../../plan-rules';

/** Everything one environment's execution page works from. */
export interface ExecutionView {
  plan: UpgradePlan;
  env: PlanEnvironment;
  /** The environment as the infrastructure lists it (maintenance mode, apps); none for LifeTime. */
  environment: PlatformEnvironment | undefined;
  infrastructure: Infrastructure;
  /** The person may change things (`platform:plan`); else every control is left out. */
  canAct: boolean;
}

export const targetOf = (view: Pick<ExecutionView, 'plan' | 'env'>) => ({
  planId: view.plan.id,
  environmentId: view.env.environmentId,
});

/**
 * Why this environment's upgrade cannot start yet, in the words the server would use: LifeTime
 * must be upgraded first, and Production waits for another environment to be tested.
 */
export function startBlocker(plan: UpgradePlan, env: PlanEnvironment): string | null {
  if (env.kind === 'application') {
    const behind = plan.blockers.find((b) => b.code === 'lifetime-behind' && !b.resolved);
    if (behind) return behind.message;
  }
  return productionWaitsFor(plan.environments, env.environmentId);
}

/** The execution can be started, or resumed after a failure. */
export const canStart = (env: PlanEnvironment) =>
  env.execution.status === 'not-started' || env.execution.status === 'failed';

/** The step the execution is at: the running one, else the first not done. */
export function currentStepId(env: PlanEnvironment): string | undefined {
  const { steps, status } = env.execution;
  if (status === 'done' || status === 'not-started') return undefined;
  return (
    steps.find((s) => s.status === 'running' || s.status === 'failed') ??
    steps.find((s) => s.status === 'pending')
  )?.id;
}

/** The environments already upgraded, before this one in the plan: where to stage from. */
export function upgradedBefore(plan: UpgradePlan, environmentId: string): PlanEnvironment[] {
  const index = plan.environments.findIndex((e) => e.environmentId === environmentId);
  return plan.environments
    .slice(0, Math.max(index, 0))
    .filter(
      (e) =>
        e.kind === 'application' &&
        (e.status === 'upgraded' || e.status === 'published' || e.status === 'tested'),
    );
}
