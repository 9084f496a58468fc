import { Outlet, Route, Routes, useOutletContext, useParams } from 'react-router';
import { EnvironmentPage } from '@/features/platform/components/execution/environment-page';
import { ExecutionTab } from '@/features/platform/components/execution/execution-tab';
import type { PlanOutlet } from '@/features/platform/components/plan/plan-outlet';
import { PlanScreen } from '@/features/platform/components/plan/plan-screen';
import { StagingRoute } from '@/features/platform/components/staging/staging-route';
import { TestingPanel } from '@/features/platform/components/testing/testing-panel';
import type { EndpointBody } from '@/contract/endpoint';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { UpgradePlan } from '@/contract/platform-plans';
import { isPlanMoving } from '@/features/platform/api/get-upgrade-plan';
import { apiCall } from '@/lib/api-client';
import { renderWithProviders } from './render';
import { setPlatformFaults } from '@mocks/platform/fault-commands';
import { simulator } from '@mocks/simulator';

export const SLOW = { timeout: 8000 };
const key = () => crypto.randomUUID();

type StartBody = EndpointBody<typeof platformEndpoints.startExecution>;
type PublishBody = EndpointBody<typeof platformEndpoints.publishApplications>;
type PatchBody = EndpointBody<typeof platformEndpoints.updateUpgradePlan>;

/** The platform API as the console calls it, signed in as the simulator's session user. */
export const platformApi = {
  create: (infrastructureId = 'northwind', to = '11.19.0') =>
    apiCall(platformEndpoints.createUpgradePlan, { body: { infrastructureId, to } }),
  plan: (planId: string) => apiCall(platformEndpoints.getUpgradePlan, { params: { planId } }),
  patch: (planId: string, body: PatchBody) =>
    apiCall(platformEndpoints.updateUpgradePlan, { params: { planId }, body }),
  start: (planId: string, environmentId: string, body: StartBody = {}) =>
    apiCall(platformEndpoints.startExecution, {
      params: { planId, environmentId },
      body,
      idempotencyKey: key(),
    }),
  publish: (planId: string, environmentId: string, body: PublishBody) =>
    apiCall(platformEndpoints.publishApplications, {
      params: { planId, environmentId },
      body,
      idempotencyKey: key(),
    }),
  test: (planId: string, environmentId: string) =>
    apiCall(platformEndpoints.recordTesting, {
      params: { planId, environmentId },
      body: { hotPoints: true, errorLogClean: true, note: '' },
    }),
};

export const CONFIRM_ALL = {
  confirm: { serviceCenter: true, systemComponents: true, modulePreparation: true },
};

/** Moves the clock (the page's and the simulator's): work advances on the next request. */
export function advance(ms: number) {
  vi.setSystemTime(Date.now() + ms);
}

/** Lets the clock run until nothing moves on the plan any more; the plan as it is then. */
export async function settle(planId: string): Promise<UpgradePlan> {
  for (let i = 0; i < 200; i += 1) {
    const plan = await platformApi.plan(planId);
    if (!isPlanMoving(plan)) return plan;
    advance(60_000);
  }
  throw new Error(`plan ${planId} never settled`);
}

/** An environment upgraded, its modules prepared and, with `publish`, its applications too. */
export async function upgradeViaApi(
  planId: string,
  environmentId: string,
  { publish = false, test = false } = {},
) {
  await platformApi.start(planId, environmentId, CONFIRM_ALL);
  await settle(planId);
  if (publish) {
    await platformApi.publish(planId, environmentId, { method: 'code' });
    await settle(planId);
  }
  if (test) await platformApi.test(planId, environmentId);
  return platformApi.plan(planId);
}

export const platformFaults = setPlatformFaults;

/** One environment of a plan as the simulator stores it: what the backend kept. */
export const storedPlanEnv = (planId: string, environmentId: string) =>
  simulator.db.upgradePlans
    .find((p) => p.id === planId)
    ?.environments.find((e) => e.environmentId === environmentId);

// The route modules' glue (src/app/routes/platform), which src/testing cannot import.
function Plan() {
  const { planId = '' } = useParams();
  return <PlanScreen planId={planId}>{(outlet) => <Outlet context={outlet} />}</PlanScreen>;
}
const useOutlet = () => useOutletContext<PlanOutlet>();
const Execution = () => <ExecutionTab {...useOutlet()} />;
const Stage = () => <StagingRoute {...useOutlet()} />;
const Testing = () => <TestingPanel plan={useOutlet().plan} />;
function Environment() {
  const { environmentId = '' } = useParams();
  return <EnvironmentPage {...useOutlet()} environmentId={environmentId} />;
}

/**
 * The plan's page at `url` (/platform/plans/:planId/{execution,testing}, …/execution/:env,
 * …/execution/stage) as the app routes it, against the simulator.
 */
export function renderPlan(url: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/platform/plans/:planId" element={<Plan />}>
        <Route path="execution" element={<Execution />}>
          <Route path="stage" element={<Stage />} />
        </Route>
        <Route path="execution/:environmentId" element={<Environment />} />
        <Route path="testing" element={<Testing />} />
      </Route>
      <Route path="*" element={<p>Another page</p>} />
    </Routes>,
    { url },
  );
}
