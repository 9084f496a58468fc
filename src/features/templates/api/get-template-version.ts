import { queryOptions, useQuery } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import { apiCall } from '@/lib/api-client';
import { templateKeys } from './keys';

export function getTemplateVersion(templateId: string, version: string, signal?: AbortSignal) {
  return apiCall(templateEndpoints.getTemplateVersion, { params: { templateId, version }, signal });
}

/** One published version with its components; a published version never changes. */
export function templateVersionQueryOptions(templateId: string, version: string) {
  return queryOptions({
    queryKey: templateKeys.version(templateId, version),
    queryFn: ({ signal }) => getTemplateVersion(templateId, version, signal),
    staleTime: Infinity,
  });
}

export function useTemplateVersion(templateId: string, version: string | undefined) {
  return useQuery({
    ...templateVersionQueryOptions(templateId, version ?? ''),
    enabled: Boolean(version),
  });
}
