import { queryOptions, useQuery } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import { apiCall } from '@/lib/api-client';
import { installedKeys } from './keys';

const BUSY_POLL_MS = 1000;

export function getInstalledApplication(applicationId: string, signal?: AbortSignal) {
  return apiCall(templateEndpoints.getInstalledApplication, { params: { applicationId }, signal });
}

/** Upgrade management; followed while an upgrade or a rollback runs. */
export function installedApplicationQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: installedKeys.detail(applicationId),
    queryFn: ({ signal }) => getInstalledApplication(applicationId, signal),
    refetchInterval: (query) => (query.state.data?.currentUpgrade ? BUSY_POLL_MS : false),
    retryOnMount: false,
  });
}

export function useInstalledApplication(applicationId: string) {
  return useQuery(installedApplicationQueryOptions(applicationId));
}
