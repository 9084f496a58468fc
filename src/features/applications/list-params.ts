import { applicationSortFields, ApplicationStatus, DeployedVia } from '@/contract/applications';
import { defineListParams } from '@/lib/list-params';
import { flag, idList, oneOf, someOf, wholeNumber } from '@/lib/url-param-kinds';

export { positiveInt } from '@/lib/list-params';

/** The Applications list's state in the URL: its filters on top of search, sort and paging. */
export const applicationsCodec = defineListParams({
  sorts: applicationSortFields,
  defaultSort: 'name',
  descFirst: ['updatedAt'],
  filters: {
    status: someOf(ApplicationStatus.options),
    // An unknown project id is kept: the server answers it with a 400 that names it.
    project: idList(),
    projectVersion: wholeNumber,
    applicationVersion: wholeNumber,
    deployedVia: oneOf(DeployedVia.options),
    upgradeAvailable: flag,
  },
});

export const {
  defaults: defaultListParams,
  parse: parseListParams,
  /** Keys the list does not own (set by other parts of the console) are kept as they are. */
  serialize: toSearchParams,
  hasActiveFilters,
  clearFilters,
  nextSort,
} = applicationsCodec;

/**
 * What a multi-select changed (picked against what it showed), applied to the latest value: a
 * second tick made before the first reached the URL keeps the first. Undefined when none is left.
 */
export function applyToggles<T>(
  latest: readonly T[] | undefined,
  shown: readonly T[],
  picked: readonly T[],
): T[] | undefined {
  const removed = shown.filter((v) => !picked.includes(v));
  const kept = (latest ?? []).filter((v) => !removed.includes(v));
  const next = [...kept, ...picked.filter((v) => !shown.includes(v) && !kept.includes(v))];
  return next.length > 0 ? next : undefined;
}
