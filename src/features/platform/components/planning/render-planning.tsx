import { screen } from '@testing-library/react';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { newPlan, renderPlan, SLOW } from '../plan/render-plan';
import { PlanningPanel } from './planning-panel';

interface Options {
  infrastructureId?: string;
  to?: string;
  /** Run on the new plan before the page renders (sign in as someone, change the plan). */
  before?: (planId: string) => unknown;
  /** Render this plan again instead of making one (a reload). */
  planId?: string;
}

/** A plan (Northwind to 11.19.0 by default) on its Planning tab. */
export async function renderPlanning({ infrastructureId, to, before, planId }: Options = {}) {
  const plan = planId ? await storedPlan(planId) : await newPlan(infrastructureId, to);
  await before?.(plan.id);
  const ui = renderPlan(plan.id, 'planning', (outlet) => <PlanningPanel {...outlet} />);
  await screen.findByRole('list', { name: 'Upgrade order' }, SLOW);
  return { ...ui, plan };
}

export function storedPlan(planId: string) {
  return apiCall(platformEndpoints.getUpgradePlan, { params: { planId } });
}

/** The names in the order list, first to last. */
export function orderNames() {
  const list = screen.getByRole('list', { name: 'Upgrade order' });
  return Array.from(list.querySelectorAll('li bdi'), (bdi) => bdi.textContent);
}

export const settingsOf = (name: string) => screen.getByRole('region', { name });
