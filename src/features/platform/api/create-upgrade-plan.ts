import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@/contract/endpoint';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { afterPlanChange } from './plan-cache';

export type CreateUpgradePlan = EndpointBody<typeof endpoints.createUpgradePlan>;

/** A plan taking an infrastructure to a higher version; refused (422) when it is not higher. */
export function createUpgradePlan(body: CreateUpgradePlan) {
  return apiCall(endpoints.createUpgradePlan, { body });
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
