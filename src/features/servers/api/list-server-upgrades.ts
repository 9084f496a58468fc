import { queryOptions, useQuery } from '@tanstack/react-query';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

export function serverUpgradesQueryOptions(serverId: string) {
  return queryOptions({
    queryKey: serverKeys.upgrades(serverId),
    queryFn: ({ signal }) =>
      apiCall(endpoints.listServerUpgrades, { params: { serverId }, signal }),
    retryOnMount: false,
  });
}

export function useServerUpgrades(serverId: string) {
  return useQuery(serverUpgradesQueryOptions(serverId));
}
