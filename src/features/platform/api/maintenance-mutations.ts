import { useMutation, useQueryClient } from '@tanstack/react-query';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { platformKeys } from './keys';

/**
 * Turns maintenance mode on or off. The environments are read again, and the plans too: their
 * warnings say when an environment being upgraded is out of maintenance mode.
 */
export function useSetMaintenanceMode(environmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) =>
      apiCall(platformEndpoints.setMaintenanceMode, {
        params: { environmentId },
        body: { enabled },
      }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: platformKeys.environments() }),
        client.invalidateQueries({ queryKey: platformKeys.plans.all }),
      ]),
  });
}
