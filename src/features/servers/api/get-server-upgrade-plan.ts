import { queryOptions, useQuery } from '@tanstack/react-query';
import { serverEndpoints } from '@/contract/server-endpoints';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

/** What moving to `to` involves, as the server computes it (the same rule the screen shows). */
export function serverUpgradePlanQueryOptions(serverId: string, to: string) {
  return queryOptions({
    queryKey: serverKeys.plan(serverId, to),
    queryFn: ({ signal }) =>
      apiCall(serverEndpoints.getServerUpgradePlan, {
        params: { serverId },
        query: { to },
        signal,
      }),
    retryOnMount: false,
  });
}

export function useServerUpgradePlan(serverId: string, to: string) {
  return useQuery({ ...serverUpgradePlanQueryOptions(serverId, to), enabled: to !== '' });
}
