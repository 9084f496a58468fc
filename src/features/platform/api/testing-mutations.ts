import { useMutation, useQueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { TestingRequest } from '@/contract/platform-plans';
import { apiCall } from '@/lib/api-client';
import type { PlanTarget } from './execution-mutations';
import { afterPlanChange } from './plan-cache';

/** Hot-points tested and the Error Log checked: the environment is done. */
export function useRecordTesting({ planId, environmentId }: PlanTarget) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof TestingRequest>) =>
      apiCall(platformEndpoints.recordTesting, { params: { planId, environmentId }, body }),
    onSuccess: (plan) => afterPlanChange(client, plan),
  });
}
