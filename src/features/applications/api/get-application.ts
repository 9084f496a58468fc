import { queryOptions, useQuery } from '@tanstack/react-query';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { applicationKeys } from './keys';

export function applicationQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: applicationKeys.detail(applicationId),
    queryFn: ({ signal }) =>
      apiCall(endpoints.getApplication, { params: { applicationId }, signal }),
  });
}

export function useApplication(applicationId: string) {
  return useQuery(applicationQueryOptions(applicationId));
}
