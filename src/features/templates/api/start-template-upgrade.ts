import { useMutation, useQueryClient } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import type { StartTemplateUpgradeRequest } from '@/contract/template-upgrades';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';
import { installedKeys } from './keys';

export interface StartUpgrade {
  applicationId: string;
  body: StartTemplateUpgradeRequest;
  /** One per confirmation: a double click or a retry replays it, so one upgrade starts at most. */
  idempotencyKey: string;
}

export function startTemplateUpgrade({ applicationId, body, idempotencyKey }: StartUpgrade) {
  return apiCall(templateEndpoints.startTemplateUpgrade, {
    params: { applicationId },
    body,
    idempotencyKey,
  });
}

/** Upgrade → the operation; the application, its records and diffs are refreshed either way. */
export function useStartTemplateUpgrade(applicationId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: installedKeys.detail(applicationId) }),
      queryClient.invalidateQueries({ queryKey: installedKeys.lists() }),
    ]);
  return useMutation({
    mutationFn: startTemplateUpgrade,
    onSuccess: (operation) => {
      queryClient.setQueryData(operationKeys.detail(operation.id), operation);
      return refresh();
    },
    onError: () => refresh(),
  });
}
