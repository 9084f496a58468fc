import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import { apiCall } from '@/lib/api-client';
import { installedKeys } from './keys';

export interface UpgradeDiffParams {
  to: string;
  ignoreWhitespace: boolean;
}

export function getTemplateUpgradeDiff(
  applicationId: string,
  p: UpgradeDiffParams,
  signal?: AbortSignal,
) {
  return apiCall(templateEndpoints.getTemplateUpgradeDiff, {
    params: { applicationId },
    query: { to: p.to, ignoreWhitespace: p.ignoreWhitespace ? 'true' : undefined },
    signal,
  });
}

/** Upgrade details: the application as it runs → `to`, with the components to offer checked. */
export function upgradeDiffQueryOptions(applicationId: string, p: UpgradeDiffParams) {
  return queryOptions({
    queryKey: installedKeys.upgradeDiff(applicationId, p),
    queryFn: ({ signal }) => getTemplateUpgradeDiff(applicationId, p, signal),
    retryOnMount: false,
  });
}

export function useTemplateUpgradeDiff(
  applicationId: string,
  p: UpgradeDiffParams,
  enabled = true,
) {
  return useQuery({
    ...upgradeDiffQueryOptions(applicationId, p),
    placeholderData: keepPreviousData,
    enabled,
  });
}
