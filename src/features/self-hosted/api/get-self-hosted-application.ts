import { queryOptions, useQuery } from '@tanstack/react-query';
import { selfHostedEndpoints } from '@/contract/self-hosted-endpoints';
import { apiCall } from '@/lib/api-client';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { selfHostedKeys } from './keys';

const BUSY_POLL_MS = 1000;

/** A registration or a switch is running on the application. */
export function isBusy(app: SelfHostedApplicationDetail): boolean {
  return (
    app.switch !== null ||
    app.registration?.status === 'registering' ||
    app.versions.some((v) => v.status === 'registering' || v.status === 'switching')
  );
}

export function getSelfHostedApplication(applicationId: string, signal?: AbortSignal) {
  return apiCall(selfHostedEndpoints.getSelfHostedApplication, {
    params: { applicationId },
    signal,
  });
}

/** Shared by the page's route loader and its screen, so both hit one cache entry. */
export function selfHostedApplicationQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: selfHostedKeys.detail(applicationId),
    queryFn: ({ signal }) => getSelfHostedApplication(applicationId, signal),
    // While a registration or switch runs, statuses move on their own: follow them.
    refetchInterval: (query) =>
      query.state.data && isBusy(query.state.data) ? BUSY_POLL_MS : false,
    // A failure the loader already met shows at once with its Retry, not after a second attempt.
    retryOnMount: false,
  });
}

export function useSelfHostedApplication(applicationId: string) {
  return useQuery(selfHostedApplicationQueryOptions(applicationId));
}
