import { queryOptions, useQuery } from '@tanstack/react-query';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { platformKeys } from './keys';

/** Applications staged between environments, with the backports still open. */
export function stagingsQueryOptions() {
  return queryOptions({
    queryKey: platformKeys.stagings(),
    queryFn: ({ signal }) => apiCall(platformEndpoints.listStagings, { signal }),
  });
}

export function useStagings() {
  return useQuery(stagingsQueryOptions());
}
