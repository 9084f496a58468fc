import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationEndpoints } from '@/contract/application-endpoints';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';

export interface StartReadinessCheck {
  applicationId: string;
  /** Kept for retries of the same attempt, so a retry after a timeout never starts a second check. */
  idempotencyKey: string;
}

export function useStartReadinessCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, idempotencyKey }: StartReadinessCheck) =>
      apiCall(applicationEndpoints.startReadinessCheck, {
        params: { applicationId },
        idempotencyKey,
      }),
    onSuccess: (operation) =>
      queryClient.setQueryData(operationKeys.detail(operation.id), operation),
  });
}
