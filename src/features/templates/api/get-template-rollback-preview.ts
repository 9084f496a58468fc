import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import { apiCall } from '@/lib/api-client';
import { installedKeys } from './keys';

export interface RollbackPreviewParams {
  /** The components to restore; the server refuses an empty choice, so it is never sent. */
  components: readonly string[];
  ignoreWhitespace: boolean;
}

export function getTemplateRollbackPreview(
  applicationId: string,
  upgradeId: string,
  { components, ignoreWhitespace }: RollbackPreviewParams,
  signal?: AbortSignal,
) {
  return apiCall(templateEndpoints.getTemplateRollbackPreview, {
    params: { applicationId, upgradeId },
    query: {
      components: [...components],
      ignoreWhitespace: ignoreWhitespace ? 'true' : undefined,
    },
    signal,
  });
}

/** What rolling back `upgradeId` with the chosen components would change, and what stays. */
export function rollbackPreviewQueryOptions(
  applicationId: string,
  upgradeId: string,
  params: RollbackPreviewParams,
) {
  const key = { components: [...params.components].sort(), ws: params.ignoreWhitespace };
  return queryOptions({
    queryKey: installedKeys.rollbackPreview(applicationId, upgradeId, key),
    queryFn: ({ signal }) => getTemplateRollbackPreview(applicationId, upgradeId, params, signal),
    // Ticking a component keeps the last preview on screen until the new one arrives.
    placeholderData: keepPreviousData,
    retryOnMount: false,
  });
}

export function useRollbackPreview(
  applicationId: string,
  upgradeId: string,
  params: RollbackPreviewParams,
  enabled: boolean,
) {
  return useQuery({ ...rollbackPreviewQueryOptions(applicationId, upgradeId, params), enabled });
}
