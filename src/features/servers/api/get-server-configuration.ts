import { queryOptions, useQuery } from '@tanstack/react-query';
import { serverEndpoints } from '@/contract/server-endpoints';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

export function getServerConfiguration(serverId: string, signal?: AbortSignal) {
  return apiCall(serverEndpoints.getServerConfiguration, { params: { serverId }, signal });
}

/** The project's global.yaml with its revision; secret files are never served. */
export function serverConfigurationQueryOptions(serverId: string) {
  return queryOptions({
    queryKey: serverKeys.configuration(serverId),
    queryFn: ({ signal }) => getServerConfiguration(serverId, signal),
  });
}

export function useServerConfiguration(serverId: string) {
  return useQuery(serverConfigurationQueryOptions(serverId));
}
