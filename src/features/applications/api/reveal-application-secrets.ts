import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationEndpoints } from '@/contract/application-endpoints';
import type { ApplicationSecretField } from '@/contract/secret-reveal';
import { apiCall } from '@/lib/api-client';
import { applicationKeys } from './keys';

export interface RevealApplicationSecrets {
  applicationId: string;
  fields: ApplicationSecretField[];
}

/** Secret values in clear, for holders of secrets:read; the server records who read which keys. */
export function revealApplicationSecrets({ applicationId, fields }: RevealApplicationSecrets) {
  return apiCall(applicationEndpoints.revealApplicationSecrets, {
    params: { applicationId },
    body: { fields },
  });
}

/** The values stay in this mutation only: never in the query cache, gone with the component. */
export function useRevealApplicationSecrets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revealApplicationSecrets,
    // The reveal is in the application's history now.
    onSuccess: (_values, { applicationId }) =>
      queryClient.invalidateQueries({ queryKey: applicationKeys.history(applicationId) }),
  });
}
