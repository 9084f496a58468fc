import { queryOptions, useQuery } from '@tanstack/react-query';
import { operationEndpoints } from '@/contract/operation-endpoints';
import { isFinished, type Operation } from '@/contract/operations';
import { apiCall } from './api-client';
import { queryKeysFactory } from './query-keys';

export const operationKeys = queryKeysFactory('operations');

const POLL_MS = 500;

/** Polls an operation until it finishes; a finished one is never fetched again. */
export function operationQueryOptions(operationId: string) {
  return queryOptions({
    queryKey: operationKeys.detail(operationId),
    queryFn: ({ signal }) =>
      apiCall(operationEndpoints.getOperation, { params: { operationId }, signal }),
    refetchInterval: (query) =>
      query.state.data && isFinished(query.state.data.status) ? false : POLL_MS,
    staleTime: (query) => (query.state.data && isFinished(query.state.data.status) ? Infinity : 0),
  });
}

export function useOperation(operationId: string | undefined, initial?: Operation) {
  return useQuery({
    ...operationQueryOptions(operationId ?? ''),
    enabled: Boolean(operationId),
    initialData: initial,
  });
}
