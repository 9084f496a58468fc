import { queryOptions, useQuery } from '@tanstack/react-query';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { platformKeys } from './keys';

/** Upgrade plans, newest first. */
export function upgradePlansQueryOptions() {
  return queryOptions({
    queryKey: platformKeys.plans.lists(),
    queryFn: ({ signal }) => apiCall(platformEndpoints.listUpgradePlans, { signal }),
    retryOnMount: false,
  });
}

export function useUpgradePlans() {
  return useQuery(upgradePlansQueryOptions());
}
