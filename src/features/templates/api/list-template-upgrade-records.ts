import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import type { UpgradeRecordQuery } from '@/contract/template-upgrade-records';
import { apiCall } from '@/lib/api-client';
import { installedKeys } from './keys';

const BUSY_POLL_MS = 1000;

export function listTemplateUpgradeRecords(
  applicationId: string,
  query: UpgradeRecordQuery,
  signal?: AbortSignal,
) {
  return apiCall(templateEndpoints.listTemplateUpgradeRecords, {
    params: { applicationId },
    query,
    signal,
  });
}

/** An application's upgrade records, newest first; followed while one of them runs. */
export function upgradeRecordsQueryOptions(applicationId: string, query: UpgradeRecordQuery) {
  return queryOptions({
    queryKey: installedKeys.records(applicationId, query),
    queryFn: ({ signal }) => listTemplateUpgradeRecords(applicationId, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) =>
      q.state.data?.items.some((r) => r.status === 'upgrading' || r.status === 'rolling-back')
        ? BUSY_POLL_MS
        : false,
    retryOnMount: false,
  });
}

export function useUpgradeRecords(applicationId: string, query: UpgradeRecordQuery) {
  return useQuery(upgradeRecordsQueryOptions(applicationId, query));
}
