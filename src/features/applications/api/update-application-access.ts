import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationAccessUpdate } from '@/contract/applications';
import { applicationEndpoints } from '@/contract/application-endpoints';
import { apiCall } from '@/lib/api-client';
import { applicationKeys } from './keys';

export interface UpdateApplicationAccess {
  applicationId: string;
  /** Carries the revision the access was read at; a stale one is refused with 409. */
  body: ApplicationAccessUpdate;
}

export function updateApplicationAccess({ applicationId, body }: UpdateApplicationAccess) {
  return apiCall(applicationEndpoints.updateApplicationAccess, { params: { applicationId }, body });
}

export function useUpdateApplicationAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApplicationAccess,
    onSuccess: (access, { applicationId }) => {
      // The answer is the stored access: show it at once, then confirm it and the new audit entry.
      queryClient.setQueryData(applicationKeys.access(applicationId), access);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.access(applicationId) });
      void queryClient.invalidateQueries({ queryKey: applicationKeys.history(applicationId) });
    },
  });
}
