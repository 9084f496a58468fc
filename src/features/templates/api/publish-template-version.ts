import { useMutation, useQueryClient } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import type { PublishTemplateVersionRequest } from '@/contract/template-detail';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';
import { installedKeys, templateKeys } from './keys';

export interface PublishTemplateVersion {
  templateId: string;
  body: PublishTemplateVersionRequest;
  /** One per dialog: a retry after a timeout replays it, so the version is published once. */
  idempotencyKey: string;
}

export function publishTemplateVersion({
  templateId,
  body,
  idempotencyKey,
}: PublishTemplateVersion) {
  return apiCall(templateEndpoints.publishTemplateVersion, {
    params: { templateId },
    body,
    idempotencyKey,
  });
}

/**
 * After a publish starts, ends or is refused: this template (its release records, revision and
 * running publish), the templates list, and the installed applications (their "newer versions").
 */
export function invalidateAfterPublish(
  queryClient: ReturnType<typeof useQueryClient>,
  templateId: string,
) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: templateKeys.detail(templateId) }),
    queryClient.invalidateQueries({ queryKey: templateKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: installedKeys.all }),
  ]);
}

/** "Publish a new version": starts the publish operation. */
export function usePublishTemplateVersion(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...templateKeys.detail(templateId), 'publish'],
    mutationFn: publishTemplateVersion,
    onSuccess: (operation) => {
      queryClient.setQueryData(operationKeys.detail(operation.id), operation);
      return invalidateAfterPublish(queryClient, templateId);
    },
    onError: () => invalidateAfterPublish(queryClient, templateId),
  });
}
