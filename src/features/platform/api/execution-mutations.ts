import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { Operation } from '@/contract/operations';
import type { StartExecutionRequest } from '@/contract/platform-plans';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';
import { platformKeys } from './keys';

/** One environment of one plan: where every execution call is addressed. */
export interface PlanTarget {
  planId: string;
  environmentId: string;
}

/**
 * Work started on an environment: its operation is cached at once (the page follows it without
 * a first fetch), and the plan (its execution) and the environments (version, maintenance mode,
 * modules preparation) are read again.
 */
export function afterPlatformWork(client: QueryClient, planId: string, operation: Operation) {
  client.setQueryData(operationKeys.detail(operation.id), operation);
  return Promise.all([
    client.invalidateQueries({ queryKey: platformKeys.plans.detail(planId) }),
    client.invalidateQueries({ queryKey: platformKeys.plans.lists() }),
    client.invalidateQueries({ queryKey: platformKeys.environments() }),
  ]);
}

/**
 * Upgrades the environment's Platform Server, or resumes a failed execution at its step. The
 * caller makes the Idempotency-Key once per attempt (`useKeyFor`): a double click starts one.
 */
export function useStartExecution({ planId, environmentId }: PlanTarget) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { body: z.input<typeof StartExecutionRequest>; idempotencyKey: string }) =>
      apiCall(platformEndpoints.startExecution, { params: { planId, environmentId }, ...args }),
    onSuccess: (operation) => afterPlatformWork(client, planId, operation),
  });
}

/** Resumes modules preparation at the module it stopped at. */
export function useRetryModulePreparation({ planId, environmentId }: PlanTarget) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (idempotencyKey: string) =>
      apiCall(platformEndpoints.retryModulePreparation, {
        params: { planId, environmentId },
        idempotencyKey,
      }),
    onSuccess: (operation) => afterPlatformWork(client, planId, operation),
  });
}
