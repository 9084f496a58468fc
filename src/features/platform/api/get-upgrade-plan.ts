import { queryOptions, useQuery } from '@tanstack/react-query';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { UpgradePlan } from '@/contract/platform-plans';
import { apiCall } from '@/lib/api-client';
import { platformKeys } from './keys';

const POLL_MS = 1000;

/** Work runs on the platform by itself: an upgrade, modules preparation or a publication. */
export function isPlanMoving(plan: UpgradePlan): boolean {
  return plan.environments.some(
    (env) =>
      env.status === 'upgrading' ||
      env.execution.status === 'running' ||
      env.modulePreparation?.status === 'running' ||
      env.publication?.status === 'running',
  );
}

/** One plan with its four phases; followed while anything runs in one of its environments. */
export function upgradePlanQueryOptions(planId: string) {
  return queryOptions({
    queryKey: platformKeys.plans.detail(planId),
    queryFn: ({ signal }) =>
      apiCall(platformEndpoints.getUpgradePlan, { params: { planId }, signal }),
    refetchInterval: (query) =>
      query.state.data && isPlanMoving(query.state.data) ? POLL_MS : false,
    retryOnMount: false,
  });
}

export function useUpgradePlan(planId: string) {
  return useQuery(upgradePlanQueryOptions(planId));
}
