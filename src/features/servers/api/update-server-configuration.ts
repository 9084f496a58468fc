import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@/contract/endpoint';
import { serverEndpoints } from '@/contract/server-endpoints';
import { apiCall } from '@/lib/api-client';
import { serverKeys } from './keys';

export interface UpdateServerConfiguration {
  serverId: string;
  /** Carries the revision the YAML was read at; a stale one is refused with 409. */
  body: EndpointBody<typeof serverEndpoints.updateServerConfiguration>;
}

export function updateServerConfiguration({ serverId, body }: UpdateServerConfiguration) {
  return apiCall(serverEndpoints.updateServerConfiguration, { params: { serverId }, body });
}

export function useUpdateServerConfiguration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateServerConfiguration,
    onSuccess: (configuration, { serverId }) => {
      // The answer is what is stored now: show it at once, then confirm it with the server.
      queryClient.setQueryData(serverKeys.configuration(serverId), configuration);
      void queryClient.invalidateQueries({ queryKey: serverKeys.detail(serverId) });
    },
  });
}
