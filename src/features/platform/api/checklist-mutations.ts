import { useMutation, useQueryClient } from '@tanstack/react-query';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { ChecklistItemId } from '@/contract/platform-plans';
import { apiCall } from '@/lib/api-client';
import type { PlanTarget } from './execution-mutations';
import { afterPlanChange } from './plan-cache';

/** Ticks (or unticks) what people do by hand: development tools, components, a mobile build. */
export function useMarkChecklistItem({ planId, environmentId }: PlanTarget) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { itemId: ChecklistItemId; done: boolean }) =>
      apiCall(platformEndpoints.markChecklistItem, {
        params: { planId, environmentId, itemId: args.itemId },
        body: { done: args.done },
      }),
    onSuccess: (plan) => afterPlanChange(client, plan),
  });
}
