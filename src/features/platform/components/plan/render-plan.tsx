import type { ReactNode } from 'react';
import { paths, type PlanPhase } from '@/config/paths';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/render';
import type { PlanOutlet } from './plan-outlet';
import { PlanScreen } from './plan-screen';

/** Role queries over MUI components are slow in jsdom, so waits get more time. */
export const SLOW = { timeout: 5000 };

/** A plan taking `infrastructureId` to `to`, made through the API as the console would. */
export function newPlan(infrastructureId = 'northwind', to = '11.19.0') {
  return apiCall(platformEndpoints.createUpgradePlan, { body: { infrastructureId, to } });
}

/** The plan's page at one phase, with that phase's panel, against the simulator. */
export function renderPlan(
  planId: string,
  phase: PlanPhase,
  panel: (outlet: PlanOutlet) => ReactNode,
) {
  return renderWithProviders(<PlanScreen planId={planId}>{panel}</PlanScreen>, {
    url: paths.platform.plan.href(planId, phase),
    path: '/platform/plans/:planId/*',
  });
}
