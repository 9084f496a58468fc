import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { selfHostedEndpoints } from '@/contract/self-hosted-endpoints';
import type { SelfHostedApplicationPage, SelfHostedListParams } from '@/contract/self-hosted';
import { apiCall } from '@/lib/api-client';
import { selfHostedKeys } from './keys';

const BUSY_POLL_MS = 2000;

/** A row whose registration or switch is running: its status moves on by itself. */
function anyBusy(page: SelfHostedApplicationPage): boolean {
  return page.items.some((a) => a.switch !== null || a.registration?.status === 'registering');
}

export function getSelfHostedApplications(params: SelfHostedListParams, signal?: AbortSignal) {
  const { updateAvailable, ...rest } = params;
  const update = updateAvailable === undefined ? undefined : updateAvailable ? 'true' : 'false';
  return apiCall(selfHostedEndpoints.listSelfHostedApplications, {
    query: { ...rest, updateAvailable: update },
    signal,
  });
}

/** Shared by the route loader and the screen, so both hit one cache entry. */
export function selfHostedApplicationsQueryOptions(params: SelfHostedListParams) {
  return queryOptions({
    queryKey: selfHostedKeys.list(params),
    queryFn: ({ signal }) => getSelfHostedApplications(params, signal),
    // The previous page stays on screen while the next one loads: no skeleton flash.
    placeholderData: keepPreviousData,
    // "Registering…" and "Switching…" rows follow their work until it ends.
    refetchInterval: (query) =>
      query.state.data && anyBusy(query.state.data) ? BUSY_POLL_MS : false,
    // A failure the loader already met shows at once with its Retry, not after a second attempt.
    retryOnMount: false,
  });
}
