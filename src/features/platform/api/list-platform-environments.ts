import { queryOptions, useQuery } from '@tanstack/react-query';
import { platformEndpoints } from '@/contract/platform-endpoints';
import type { Infrastructure } from '@/contract/platform';
import { apiCall } from '@/lib/api-client';
import { platformKeys } from './keys';

const BUSY_POLL_MS = 2000;

/** Modules preparation runs on its own after an upgrade: its progress is followed. */
export function isPreparing(infrastructures: readonly Infrastructure[]): boolean {
  return infrastructures.some((infra) =>
    infra.environments.some((env) => env.modulePreparation?.status === 'running'),
  );
}

/** Every infrastructure: LifeTime and its environments in staging order, with the sprints. */
export function platformEnvironmentsQueryOptions() {
  return queryOptions({
    queryKey: platformKeys.environments(),
    queryFn: ({ signal }) => apiCall(platformEndpoints.listPlatformEnvironments, { signal }),
    refetchInterval: (query) =>
      query.state.data && isPreparing(query.state.data.items) ? BUSY_POLL_MS : false,
    retryOnMount: false,
  });
}

export function usePlatformEnvironments() {
  return useQuery(platformEnvironmentsQueryOptions());
}
