import { useMutation, useQueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { PublicationRequest } from '@/contract/platform-plans';
import { apiCall } from '@/lib/api-client';
import { afterPlatformWork, type PlanTarget } from './execution-mutations';

/** Publishes the applications in the new version: all of them, or the chosen ones (gradual). */
export function usePublishApplications({ planId, environmentId }: PlanTarget) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { body: z.input<typeof PublicationRequest>; idempotencyKey: string }) =>
      apiCall(platformEndpoints.publishApplications, {
        params: { planId, environmentId },
        ...args,
      }),
    onSuccess: (operation) => afterPlatformWork(client, planId, operation),
  });
}
