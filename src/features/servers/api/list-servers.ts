import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { serverEndpoints } from '@/contract/server-endpoints';
import type { ServerListParams } from '@/contract/servers';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

const BUSY_POLL_MS = 2000;

/** The list's params, with the filter as a boolean (the query string spells it "true"/"false"). */
export function listServers(params: ServerListParams, signal?: AbortSignal) {
  const { upgradeAvailable, ...rest } = params;
  const upgrade = upgradeAvailable === undefined ? undefined : upgradeAvailable ? 'true' : 'false';
  return apiCall(serverEndpoints.listServers, {
    query: { ...rest, upgradeAvailable: upgrade },
    signal,
  });
}

export function serversQueryOptions(params: ServerListParams) {
  return queryOptions({
    queryKey: serverKeys.list(params),
    queryFn: ({ signal }) => listServers(params, signal),
    placeholderData: keepPreviousData,
    // A server being upgraded goes down and comes back up by itself: its row follows it.
    refetchInterval: (query) =>
      query.state.data?.items.some((s) => s.activeUpgradeId !== null) ? BUSY_POLL_MS : false,
    retryOnMount: false,
  });
}
