import { useQuery } from '@tanstack/react-query';
import { historyQueryOptions } from '@/components/history/history-query';
import { SELF_HOSTED_RESOURCE } from '@/contract/self-hosted-tenants';
import { selfHostedKeys } from './keys';

/** The newest registrations, withdrawals, switches and tenant denials of one application. */
export function selfHostedHistoryQueryOptions(applicationId: string) {
  return historyQueryOptions(selfHostedKeys.history(applicationId), {
    type: SELF_HOSTED_RESOURCE,
    id: applicationId,
  });
}

export function useSelfHostedHistory(applicationId: string) {
  return useQuery(selfHostedHistoryQueryOptions(applicationId));
}
