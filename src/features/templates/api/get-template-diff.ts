import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import { apiCall } from '@/lib/api-client';
import { templateKeys } from './keys';

export interface TemplateDiffParams {
  from: string;
  to: string;
  ignoreWhitespace: boolean;
}

export function getTemplateDiff(templateId: string, p: TemplateDiffParams, signal?: AbortSignal) {
  return apiCall(templateEndpoints.getTemplateDiff, {
    params: { templateId },
    query: { from: p.from, to: p.to, ignoreWhitespace: p.ignoreWhitespace ? 'true' : undefined },
    signal,
  });
}

/** The differences between two published versions: computed by the server, never here. */
export function templateDiffQueryOptions(templateId: string, p: TemplateDiffParams) {
  return queryOptions({
    queryKey: templateKeys.diff(templateId, p),
    queryFn: ({ signal }) => getTemplateDiff(templateId, p, signal),
    // Published versions never change: a diff between two of them neither.
    staleTime: Infinity,
    retryOnMount: false,
  });
}

export function useTemplateDiff(templateId: string, p: TemplateDiffParams, enabled = true) {
  return useQuery({
    ...templateDiffQueryOptions(templateId, p),
    // Switching "ignore whitespace" keeps the current diff on screen until the new one arrives.
    placeholderData: keepPreviousData,
    enabled,
  });
}
