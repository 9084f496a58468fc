import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@/contract/endpoint';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { afterPlanChange } from './plan-cache';

export type CreateUpgradePlan = EndpointBody<typeof platformEndpoints.createUpgradePlan>;

/** A plan taking an infrastructure to a higher version; refused (422) when it is not higher. */
export function createUpgradePlan(body: CreateUpgradePlan) {
  return apiCall(platformEndpoints.createUpgradePlan, { body });
}

export function useCreateUpgradePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createUpgradePlan,
    onSuccess: (plan) => {
      void afterPlanChange(client, plan);
    },
  });
}
