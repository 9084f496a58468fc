import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationEndpoints } from '@/contract/application-endpoints';
import type { UpgradeRequest } from '@/contract/upgrades';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';
import { applicationKeys } from './keys';

export interface StartUpgrade {
  applicationId: string;
  body: UpgradeRequest;
  /** One per attempt: a retry after a timeout replays it, so the upgrade starts at most once. */
  idempotencyKey: string;
}

export function startUpgrade({ applicationId, body, idempotencyKey }: StartUpgrade) {
  return apiCall(applicationEndpoints.startUpgrade, {
    params: { applicationId },
    body,
    idempotencyKey,
  });
}

export function useStartUpgrade() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startUpgrade,
    onSuccess: (operation, { applicationId }) => {
      queryClient.setQueryData(operationKeys.detail(operation.id), operation);
      // The application is now "upgrading"; its list rows, detail and access follow.
      void queryClient.invalidateQueries({ queryKey: applicationKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: applicationKeys.detail(applicationId) });
    },
  });
}
