import type { QueryClient } from '@tanstack/react-query';
import type { UpgradePlan } from '@/contract/platform-plans';
import { platformKeys } from './keys';

/**
 * A plan-changing answer is the plan as stored now: shown at once; the plans list and the
 * environments (which name the open plan) are refreshed behind it.
 */
export async function afterPlanChange(client: QueryClient, plan: UpgradePlan): Promise<void> {
  const key = platformKeys.plans.detail(plan.id);
  // A poll answered before this change but landing after it would put the old plan back (a
  // ticked box unticking itself): drop it, the answer here is newer.
  await client.cancelQueries({ queryKey: key, exact: true });
  client.setQueryData(key, plan);
  await Promise.all([
    client.invalidateQueries({ queryKey: platformKeys.plans.lists() }),
    client.invalidateQueries({ queryKey: platformKeys.environments() }),
  ]);
}
