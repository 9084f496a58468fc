import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ApplicationListParams } from '@/contract/applications';
import { applicationListEndpoints } from '@/contract/application-list-endpoints';
import { apiCall } from '@/lib/api-client';
import { applicationKeys } from './keys';

export function getApplications(params: ApplicationListParams, signal?: AbortSignal) {
  const { upgradeAvailable, ...rest } = params;
  const upgrade = upgradeAvailable === undefined ? undefined : upgradeAvailable ? 'true' : 'false';
  return apiCall(applicationListEndpoints.listApplications, {
    query: { ...rest, upgradeAvailable: upgrade },
    signal,
  });
}

/** Shared by the route loader and the screen, so both hit one cache entry. */
export function applicationsQueryOptions(params: ApplicationListParams) {
  return queryOptions({
    queryKey: applicationKeys.list(params),
    queryFn: ({ signal }) => getApplications(params, signal),
    // The previous page stays on screen while the next one loads: no skeleton flash.
    placeholderData: keepPreviousData,
    // A failure the loader already met shows at once with its Retry, not after a second attempt.
    retryOnMount: false,
  });
}
