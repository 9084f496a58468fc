import { queryOptions, useQuery } from '@tanstack/react-query';
import { selfHostedEndpoints } from '@/contract/self-hosted-endpoints';
import { apiCall } from '@/lib/api-client';
import { selfHostedKeys } from './keys';

const BUSY_POLL_MS = 1000;

export function listSelfHostedTenants(applicationId: string, signal?: AbortSignal) {
  return apiCall(selfHostedEndpoints.listSelfHostedTenants, { params: { applicationId }, signal });
}

export function selfHostedTenantsQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: selfHostedKeys.tenants(applicationId),
    queryFn: ({ signal }) => listSelfHostedTenants(applicationId, signal),
    retryOnMount: false,
  });
}

/** `busy`: a switch runs, so tenants move through pending and provisioned: follow them. */
export function useSelfHostedTenants(applicationId: string, busy: boolean) {
  return useQuery({
    ...selfHostedTenantsQueryOptions(applicationId),
    refetchInterval: busy ? BUSY_POLL_MS : false,
  });
}
