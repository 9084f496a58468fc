import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@/contract/endpoint';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { afterPlanChange } from './plan-cache';

export interface UpdateUpgradePlan {
  planId: string;
  /** Carries the revision the plan was read at; a stale one is refused with 409. */
  body: EndpointBody<typeof platformEndpoints.updateUpgradePlan>;
}

export function updateUpgradePlan({ planId, body }: UpdateUpgradePlan) {
  return apiCall(platformEndpoints.updateUpgradePlan, { params: { planId }, body });
}

/** Order, strategy and schedule per environment. */
export function useUpdateUpgradePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateUpgradePlan,
    onSuccess: (plan) => {
      void afterPlanChange(client, plan);
    },
  });
}
