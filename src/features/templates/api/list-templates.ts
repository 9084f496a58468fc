import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import type { TemplateListQuery } from '@/contract/templates';
import { apiCall } from '@/lib/api-client';
import { templateKeys } from './keys';

export function listTemplates(query: TemplateListQuery, signal?: AbortSignal) {
  return apiCall(templateEndpoints.listTemplates, { query, signal });
}

/** Shared by the route loader and the screen, so both hit one cache entry. */
export function templatesQueryOptions(query: TemplateListQuery) {
  return queryOptions({
    queryKey: templateKeys.list(query),
    queryFn: ({ signal }) => listTemplates(query, signal),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
    retryOnMount: false,
  });
}
