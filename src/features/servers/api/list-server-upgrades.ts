import { queryOptions, useQuery } from '@tanstack/react-query';
import { serverEndpoints } from '@/contract/server-endpoints';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

export function serverUpgradesQueryOptions(serverId: string) {
  return queryOptions({
    queryKey: serverKeys.upgrades(serverId),
    queryFn: ({ signal }) =>
      apiCall(serverEndpoints.listServerUpgrades, { params: { serverId }, signal }),
    retryOnMount: false,
  });
}

export function useServerUpgrades(serverId: string) {
  return useQuery(serverUpgradesQueryOptions(serverId));
}
