import type { EndpointBody } from '@/contract/endpoint';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { ChecklistItemId, UpgradePlan } from '@/contract/platform-plans';
import { apiCall } from '@/lib/api-client';
import { simulator } from '@mocks/simulator';
import type { SimulatedClock } from './simulator-test-utils';

type UpdateBody = EndpointBody<typeof platformEndpoints.updateUpgradePlan>;
type ReviewBody = EndpointBody<typeof platformEndpoints.reviewBreakingChange>;
type ExecutionBody = EndpointBody<typeof platformEndpoints.startExecution>;
type PublicationBody = EndpointBody<typeof platformEndpoints.publishApplications>;
type TestingBody = EndpointBody<typeof platformEndpoints.recordTesting>;
type StagingBody = EndpointBody<typeof platformEndpoints.createStaging>;

const key = () => crypto.randomUUID();

/** The platform API as the console calls it, for the simulator's tests. */
export const platform = {
  environments: () => apiCall(platformEndpoints.listPlatformEnvironments),
  releases: (query: { from?: string; to?: string } = {}) =>
    apiCall(platformEndpoints.listPlatformReleases, { query }),
  maintenance: (environmentId: string, enabled: boolean) =>
    apiCall(platformEndpoints.setMaintenanceMode, { params: { environmentId }, body: { enabled } }),
  plans: () => apiCall(platformEndpoints.listUpgradePlans),
  plan: (planId: string) => apiCall(platformEndpoints.getUpgradePlan, { params: { planId } }),
  create: (infrastructureId: string, to: string) =>
    apiCall(platformEndpoints.createUpgradePlan, { body: { infrastructureId, to } }),
  update: (planId: string, body: UpdateBody) =>
    apiCall(platformEndpoints.updateUpgradePlan, { params: { planId }, body }),
  review: (planId: string, changeId: string, body: ReviewBody) =>
    apiCall(platformEndpoints.reviewBreakingChange, { params: { planId, changeId }, body }),
  execute: (planId: string, environmentId: string, body: ExecutionBody, idempotencyKey = key()) =>
    apiCall(platformEndpoints.startExecution, {
      params: { planId, environmentId },
      body,
      idempotencyKey,
    }),
  retryPreparation: (planId: string, environmentId: string, idempotencyKey = key()) =>
    apiCall(platformEndpoints.retryModulePreparation, {
      params: { planId, environmentId },
      idempotencyKey,
    }),
  check: (planId: string, environmentId: string, itemId: ChecklistItemId, done = true) =>
    apiCall(platformEndpoints.markChecklistItem, {
      params: { planId, environmentId, itemId },
      body: { done },
    }),
  publish: (planId: string, environmentId: string, body: PublicationBody, idempotencyKey = key()) =>
    apiCall(platformEndpoints.publishApplications, {
      params: { planId, environmentId },
      body,
      idempotencyKey,
    }),
  test: (planId: string, environmentId: string, body: TestingBody) =>
    apiCall(platformEndpoints.recordTesting, { params: { planId, environmentId }, body }),
  stagings: () => apiCall(platformEndpoints.listStagings),
  stage: (body: StagingBody) => apiCall(platformEndpoints.createStaging, { body }),
};

/** One environment of a plan, by id; throws when the plan has none. */
export function envOf(plan: UpgradePlan, environmentId: string) {
  const env = plan.environments.find((e) => e.environmentId === environmentId);
  if (!env) throw new Error(`The plan has no environment ${environmentId}`);
  return env;
}

/** Every item of Apply and Exit confirmed. */
export const CONFIRMED = { serviceCenter: true, systemComponents: true, modulePreparation: true };

/** Every crossed change of the plan marked reviewed. */
export async function reviewAll(planId: string) {
  const plan = await platform.plan(planId);
  for (const change of plan.changes)
    await platform.review(planId, change.id, { verdict: 'reviewed', note: '' });
  return platform.plan(planId);
}

const MINUTE = 60_000;

/** Moves the simulated clock a minute at a time, reading the plan so its work moves along. */
export async function passMinutes(clock: SimulatedClock, planId: string, minutes: number) {
  for (let i = 0; i < minutes; i++) {
    clock.advance(MINUTE);
    await platform.plan(planId);
  }
  return platform.plan(planId);
}

/** The plan taking Northwind to 11.19.0, every change reviewed. */
export async function northwindPlan() {
  const plan = await platform.create('northwind', '11.19.0');
  return reviewAll(plan.id);
}

/** Schedules an environment (UTC) through the plan's PATCH. */
export async function schedule(planId: string, environmentId: string, at: string) {
  const { revision } = await platform.plan(planId);
  return platform.update(planId, {
    revision,
    environments: [{ environmentId, schedule: { at, timeZone: 'Europe/Lisbon' } }],
  });
}

/**
 * Upgrades one environment start to finish (cloud: scheduled in an hour, approved by the
 * administrator signed in) and lets modules preparation end.
 */
export async function upgradeEnvironment(
  clock: SimulatedClock,
  planId: string,
  environmentId: string,
) {
  const env = (await platform.plan(planId)).environments.find(
    (e) => e.environmentId === environmentId,
  );
  if (env?.hosting === 'cloud' && !env.schedule) {
    await schedule(planId, environmentId, new Date(simulator.now() + 60 * MINUTE).toISOString());
  }
  await platform.execute(planId, environmentId, { confirm: CONFIRMED });
  return passMinutes(clock, planId, 70 + 5);
}
