import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { templateEndpoints } from '@/contract/template-endpoints';
import type { InstalledApplication, InstalledApplicationQuery } from '@/contract/template-upgrades';
import { apiCall } from '@/lib/api-client';
import { installedKeys } from './keys';

const BUSY_POLL_MS = 2000;

const busy = (a: InstalledApplication) =>
  a.lastUpgradeStatus === 'upgrading' || a.lastUpgradeStatus === 'rolling-back';

/** The list's params, with the filter as a boolean (the query string spells it "true"/"false"). */
export type InstalledListParams = Omit<InstalledApplicationQuery, 'updateAvailable'> & {
  updateAvailable?: boolean;
};

export function listInstalledApplications(query: InstalledListParams, signal?: AbortSignal) {
  const { updateAvailable, ...rest } = query;
  const update = updateAvailable === undefined ? undefined : updateAvailable ? 'true' : 'false';
  return apiCall(templateEndpoints.listInstalledApplications, {
    query: { ...rest, updateAvailable: update },
    signal,
  });
}

/** Shared by the route loader and the screen, so both hit one cache entry. */
export function installedApplicationsQueryOptions(query: InstalledListParams) {
  return queryOptions({
    queryKey: installedKeys.list(query),
    queryFn: ({ signal }) => listInstalledApplications(query, signal),
    placeholderData: keepPreviousData,
    // Rows being upgraded or rolled back follow their work until it ends.
    refetchInterval: (q) => (q.state.data?.items.some(busy) ? BUSY_POLL_MS : false),
    retryOnMount: false,
  });
}
