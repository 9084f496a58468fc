import { queryOptions, useQuery } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import type { UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import { apiCall } from '@/lib/api-client';
import { installedKeys } from './keys';

const BUSY_POLL_MS = 1000;

/** The upgrade or its rollback runs: the record moves on by itself. */
export function isRecordRunning(record: UpgradeRecordDetail): boolean {
  return record.status === 'upgrading' || record.status === 'rolling-back';
}

export function getTemplateUpgradeRecord(
  applicationId: string,
  upgradeId: string,
  signal?: AbortSignal,
) {
  return apiCall(templateEndpoints.getTemplateUpgradeRecord, {
    params: { applicationId, upgradeId },
    signal,
  });
}

export function upgradeRecordQueryOptions(applicationId: string, upgradeId: string) {
  return queryOptions({
    queryKey: installedKeys.record(applicationId, upgradeId),
    queryFn: ({ signal }) => getTemplateUpgradeRecord(applicationId, upgradeId, signal),
    refetchInterval: (query) =>
      query.state.data && isRecordRunning(query.state.data) ? BUSY_POLL_MS : false,
    retryOnMount: false,
  });
}

export function useUpgradeRecord(applicationId: string, upgradeId: string) {
  return useQuery(upgradeRecordQueryOptions(applicationId, upgradeId));
}
