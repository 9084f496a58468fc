import { useQuery } from '@tanstack/react-query';
import { historyQueryOptions } from '@/components/history/history-query';
import { applicationKeys } from './keys';

/** The newest recorded changes of one application. */
export function applicationHistoryQueryOptions(applicationId: string) {
  return historyQueryOptions(applicationKeys.history(applicationId), {
    type: 'application',
    id: applicationId,
  });
}

export function useApplicationHistory(applicationId: string) {
  return useQuery(applicationHistoryQueryOptions(applicationId));
}
