import { useMutation, useQueryClient } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import type { StartRollbackRequest } from '@/contract/template-upgrades';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';
import { installedKeys } from './keys';

export interface StartRollback {
  applicationId: string;
  upgradeId: string;
  body: StartRollbackRequest;
  /** One per confirmation: a double click or a retry replays it, so one rollback starts at most. */
  idempotencyKey: string;
}

export function startTemplateRollback({
  applicationId,
  upgradeId,
  body,
  idempotencyKey,
}: StartRollback) {
  return apiCall(templateEndpoints.startTemplateRollback, {
    params: { applicationId, upgradeId },
    body,
    idempotencyKey,
  });
}

const isPreview = (key: readonly unknown[]) => key[3] === 'rollback-preview';

/**
 * Everything under the application (its detail, records and diffs) and the list, whose status
 * column shows the last upgrade's status. Previews are only marked stale: refetched now, while the
 * rollback runs, they would be refused.
 */
export function invalidateAfterRollback(
  queryClient: ReturnType<typeof useQueryClient>,
  applicationId: string,
) {
  const detail = installedKeys.detail(applicationId);
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: detail,
      predicate: (query) => !isPreview(query.queryKey),
    }),
    queryClient.invalidateQueries({
      queryKey: detail,
      predicate: (query) => isPreview(query.queryKey),
      refetchType: 'none',
    }),
    queryClient.invalidateQueries({ queryKey: installedKeys.lists() }),
  ]);
}

/** "Roll back" confirmed: starts the rollback operation. */
export function useStartTemplateRollback(applicationId: string, upgradeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...installedKeys.record(applicationId, upgradeId), 'rollback'],
    mutationFn: startTemplateRollback,
    onSuccess: (operation) => {
      queryClient.setQueryData(operationKeys.detail(operation.id), operation);
      // Not awaited: the caller follows the operation at once, before the record says so.
      void invalidateAfterRollback(queryClient, applicationId);
    },
    onError: () => invalidateAfterRollback(queryClient, applicationId),
  });
}
