import { useMutation, useQueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { StagingRequest } from '@/contract/platform';
import { apiCall } from '@/lib/api-client';
import { platformKeys } from './keys';

/** Stages an application; the simulator refuses it between environments on different versions. */
export function useCreateStaging() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof StagingRequest>) =>
      apiCall(platformEndpoints.createStaging, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: platformKeys.stagings() }),
  });
}
