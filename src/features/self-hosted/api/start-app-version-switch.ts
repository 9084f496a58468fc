import { useMutation, useQueryClient } from '@tanstack/react-query';
import { selfHostedEndpoints } from '@/contract/self-hosted-endpoints';
import type { AppVersionSwitchRequest } from '@/contract/self-hosted';
import { apiCall } from '@/lib/api-client';
import { operationKeys } from '@/lib/operations';
import { invalidateApplication } from './invalidate-application';
import { selfHostedKeys } from './keys';

export interface StartSwitch {
  applicationId: string;
  body: AppVersionSwitchRequest;
  /** One per dialog: repeated Yes clicks and retries replay it, so one switch starts at most. */
  idempotencyKey: string;
}

export function startAppVersionSwitch({ applicationId, body, idempotencyKey }: StartSwitch) {
  return apiCall(selfHostedEndpoints.startAppVersionSwitch, {
    params: { applicationId },
    body,
    idempotencyKey,
  });
}

/** The mutation key the Versions tab follows, so it watches the switch it started to the end. */
export const switchMutationKey = (applicationId: string) =>
  [...selfHostedKeys.detail(applicationId), 'switch'] as const;

/** "Confirm Update" / "Confirm Reactivate" answered Yes: starts the switch operation. */
export function useStartSwitch(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: switchMutationKey(applicationId),
    mutationFn: startAppVersionSwitch,
    onSuccess: (operation) => {
      queryClient.setQueryData(operationKeys.detail(operation.id), operation);
      return invalidateApplication(queryClient, applicationId);
    },
    onError: () => invalidateApplication(queryClient, applicationId),
  });
}
