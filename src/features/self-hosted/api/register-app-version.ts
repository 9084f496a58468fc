import { useMutation, useQueryClient } from '@tanstack/react-query';
import { selfHostedEndpoints } from '@/contract/self-hosted-endpoints';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';
import { invalidateApplication } from './invalidate-application';
import { selfHostedKeys } from './keys';

export interface RegisterAppVersion {
  applicationId: string;
  version: string;
  /** One per dialog: a retry after a timeout replays it, so the registration starts at most once. */
  idempotencyKey: string;
}

export function registerAppVersion({ applicationId, version, idempotencyKey }: RegisterAppVersion) {
  return apiCall(selfHostedEndpoints.registerAppVersion, {
    params: { applicationId, version },
    idempotencyKey,
  });
}

/** The mutation key the Versions tab follows, so it watches work it started to the end. */
export const registerMutationKey = (applicationId: string) =>
  [...selfHostedKeys.detail(applicationId), 'register'] as const;

/** "Register to Test": starts the registration operation. */
export function useRegisterAppVersion(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: registerMutationKey(applicationId),
    mutationFn: registerAppVersion,
    onSuccess: (operation) => {
      queryClient.setQueryData(operationKeys.detail(operation.id), operation);
      return invalidateApplication(queryClient, applicationId);
    },
    // A refusal (another version registered meanwhile…) means the page is stale: refresh it.
    onError: () => invalidateApplication(queryClient, applicationId),
  });
}
