import { queryOptions, useQuery } from '@tanstack/react-query';
import { serverEndpoints } from '@/contract/server-endpoints';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

const BUSY_POLL_MS = 1000;

/** One installation; followed while an upgrade runs on it, since its state moves on its own. */
export function serverQueryOptions(serverId: string) {
  return queryOptions({
    queryKey: serverKeys.detail(serverId),
    queryFn: ({ signal }) => apiCall(serverEndpoints.getServer, { params: { serverId }, signal }),
    refetchInterval: (query) => (query.state.data?.activeUpgradeId ? BUSY_POLL_MS : false),
    retryOnMount: false,
  });
}

export function useServer(serverId: string) {
  return useQuery(serverQueryOptions(serverId));
}
