import { queryOptions, useQuery } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import { apiCall } from '@/lib/api-client';
import { templateKeys } from './keys';

const PUBLISHING_POLL_MS = 1000;

export function getTemplate(templateId: string, signal?: AbortSignal) {
  return apiCall(templateEndpoints.getTemplate, { params: { templateId }, signal });
}

/** One template with its release records; followed while a version is being published. */
export function templateQueryOptions(templateId: string) {
  return queryOptions({
    queryKey: templateKeys.detail(templateId),
    queryFn: ({ signal }) => getTemplate(templateId, signal),
    refetchInterval: (query) => (query.state.data?.source.publishing ? PUBLISHING_POLL_MS : false),
    retryOnMount: false,
  });
}

export function useTemplate(templateId: string) {
  return useQuery(templateQueryOptions(templateId));
}
