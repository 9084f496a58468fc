import { expect } from '@playwright/test';
import type { Operation } from '@/contract/operations';
import type { Schedule, Strategy, UpgradePlan } from '@/contract/platform-plans';
import { postWork, startedOperation } from './operations-api';
import type { ApiAnswer, SimulatorControl } from './simulator';

/** Seeded platform environments (mocks/platform/seed.ts). */
export const northwind = {
  id: 'northwind',
  dev: 'nw-dev',
  test: 'nw-test',
  preprod: 'nw-preprod',
  prod: 'nw-prod',
};
export const legacy = { id: 'legacy', lifeTime: 'legacy-lifetime', dev: 'legacy-dev' };

/** Every box of Apply and Exit ticked (the modules preparation one is ignored when not asked). */
export const CONFIRM_ALL = {
  confirm: { serviceCenter: true, systemComponents: true, modulePreparation: true },
};

const planPath = (planId: string) => `/platform/upgrade-plans/${encodeURIComponent(planId)}`;
const envPath = (planId: string, environmentId: string) =>
  `${planPath(planId)}/environments/${encodeURIComponent(environmentId)}`;

/** The plan an accepted call answered with (fails the test if refused). */
function planOf(answer: ApiAnswer, status = 200): UpgradePlan {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body as UpgradePlan;
}

/** Plans the infrastructure's upgrade through the API; the plan. */
export async function createPlanViaApi(
  simulator: SimulatorControl,
  infrastructureId: string,
  to: string,
): Promise<UpgradePlan> {
  const answer = await simulator.api({
    method: 'POST',
    path: '/platform/upgrade-plans',
    body: { infrastructureId, to },
  });
  return planOf(answer, 201);
}

export async function getPlan(simulator: SimulatorControl, planId: string): Promise<UpgradePlan> {
  return planOf(await simulator.api({ method: 'GET', path: planPath(planId) }));
}

/** Strategy and schedule of some environments, at the plan's current revision. */
export async function planEnvironmentsViaApi(
  simulator: SimulatorControl,
  planId: string,
  environments: { environmentId: string; strategy?: Strategy; schedule?: Schedule }[],
): Promise<UpgradePlan> {
  const { revision } = await getPlan(simulator, planId);
  const answer = await simulator.api({
    method: 'PATCH',
    path: planPath(planId),
    body: { revision, environments },
  });
  return planOf(answer);
}

/** Starts (or resumes) an environment's upgrade as another tab would; fails if refused. */
export async function startExecutionViaApi(
  simulator: SimulatorControl,
  planId: string,
  environmentId: string,
  body: object = CONFIRM_ALL,
): Promise<Operation> {
  return startedOperation(
    await postWork(simulator, `${envPath(planId, environmentId)}/executions`, body),
  );
}

/** Nothing runs on the plan any more (each GET moves the simulated work along). */
export async function settlePlan(
  simulator: SimulatorControl,
  planId: string,
): Promise<UpgradePlan> {
  let plan: UpgradePlan | undefined;
  await expect
    .poll(
      async () => {
        plan = await getPlan(simulator, planId);
        return plan.environments.every(
          (e) =>
            e.execution.status !== 'running' &&
            e.execution.status !== 'scheduled' &&
            e.modulePreparation?.status !== 'running' &&
            e.publication?.status !== 'running',
        );
      },
      { timeout: 30_000, message: `plan ${planId} settles` },
    )
    .toBe(true);
  if (!plan) throw new Error('no plan');
  return plan;
}

/** Publishes an upgraded environment's applications (code-based, all of them); settled. */
export async function publishAllViaApi(
  simulator: SimulatorControl,
  planId: string,
  environmentId: string,
): Promise<UpgradePlan> {
  startedOperation(
    await postWork(simulator, `${envPath(planId, environmentId)}/publications`, {
      method: 'code',
    }),
  );
  return settlePlan(simulator, planId);
}
