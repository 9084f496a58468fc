import type { QueryClient } from '@tanstack/react-query';
import type { UpgradePlan } from '@/contract/platform-plans';
import { platformKeys } from './keys';

/**
 * A plan-changing answer is the plan as stored now: shown at once; the plans list and the
 * environments (which name the open plan) are refreshed behind it.
 */
export function afterPlanChange(client: QueryClient, plan: UpgradePlan): Promise<void> {
  client.setQueryData(platformKeys.plans.detail(plan.id), plan);
  return Promise.all([
    client.invalidateQueries({ queryKey: platformKeys.plans.lists() }),
    client.invalidateQueries({ queryKey: platformKeys.environments() }),
  ]).then(() => undefined);
}
