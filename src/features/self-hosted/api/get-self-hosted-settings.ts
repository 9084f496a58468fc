import { queryOptions, useQuery } from '@tanstack/react-query';
import { selfHostedEndpoints } from '@/contract/self-hosted-endpoints';
import { apiCall } from '@/lib/api-client';
import { selfHostedKeys } from './keys';

/**
 * The role descriptions of the active version, as the server answers them: never derived from
 * the versions list, so a new version's descriptions cannot show before its switch succeeded.
 */
export function getSelfHostedSettings(applicationId: string, signal?: AbortSignal) {
  return apiCall(selfHostedEndpoints.getSelfHostedSettings, { params: { applicationId }, signal });
}

export function selfHostedSettingsQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: selfHostedKeys.settings(applicationId),
    queryFn: ({ signal }) => getSelfHostedSettings(applicationId, signal),
    retryOnMount: false,
  });
}

export function useSelfHostedSettings(applicationId: string) {
  return useQuery(selfHostedSettingsQueryOptions(applicationId));
}
