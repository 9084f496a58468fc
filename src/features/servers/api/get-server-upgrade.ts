import { queryOptions, useQuery } from '@tanstack/react-query';
import { serverEndpoints } from '@/contract/server-endpoints';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

const POLL_MS = 1000;

/** A step is running on the server, or an apply waits for its time: the record moves on its own. */
export function isMoving(upgrade: ServerUpgrade): boolean {
  return upgrade.operationId !== null || upgrade.status === 'scheduled';
}

export function serverUpgradeQueryOptions(serverId: string, upgradeId: string) {
  return queryOptions({
    queryKey: serverKeys.upgrade(serverId, upgradeId),
    queryFn: ({ signal }) =>
      apiCall(serverEndpoints.getServerUpgrade, { params: { serverId, upgradeId }, signal }),
    refetchInterval: (query) => (query.state.data && isMoving(query.state.data) ? POLL_MS : false),
    retryOnMount: false,
  });
}

export function useServerUpgrade(serverId: string, upgradeId: string) {
  return useQuery(serverUpgradeQueryOptions(serverId, upgradeId));
}
