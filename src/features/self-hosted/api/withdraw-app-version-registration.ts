import { useMutation, useQueryClient } from '@tanstack/react-query';
import { selfHostedEndpoints } from '@/contract/self-hosted-endpoints';
import { apiCall } from '@/lib/api-client';
import { invalidateApplication } from './invalidate-application';
import { selfHostedKeys } from './keys';

export interface WithdrawRegistration {
  applicationId: string;
  version: string;
}

export function withdrawAppVersionRegistration({ applicationId, version }: WithdrawRegistration) {
  return apiCall(selfHostedEndpoints.withdrawAppVersionRegistration, {
    params: { applicationId, version },
  });
}

/** Withdraws the registration of the version registered for test; answers the application. */
export function useWithdrawRegistration(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAppVersionRegistration,
    onSuccess: (app) => {
      queryClient.setQueryData(selfHostedKeys.detail(applicationId), app);
      return invalidateApplication(queryClient, applicationId);
    },
    onError: () => invalidateApplication(queryClient, applicationId),
  });
}
