import {
  ApplicationSortField,
  ApplicationStatus,
  DeployedVia,
  type ApplicationListParams,
} from '@/contract/applications';

/**
 * The Applications list keeps all of its state in the URL. These pure functions turn search
 * params into list params (anything invalid falls back to its default, never throws) and back
 * (defaults omitted, so shared links stay short).
 */

export const PAGE_SIZES = [25, 50, 100] as const;
export const MAX_SEARCH_LENGTH = 100;
const MAX_ID_LENGTH = 100;

export const defaultListParams = {
  page: 1,
  pageSize: 25,
  sort: 'name',
  order: 'asc',
} as const satisfies ApplicationListParams;

const OWN_KEYS = [
  'q',
  'status',
  'project',
  'projectVersion',
  'applicationVersion',
  'deployedVia',
  'upgradeAvailable',
  'sort',
  'order',
  'page',
  'pageSize',
];

export function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

/** Project ids are opaque: unique and sorted, so one selection has one URL and one cache key. */
function projectIds(raw: readonly string[]): string[] {
  return [...new Set(raw.filter((id) => id !== '' && id.length <= MAX_ID_LENGTH))].sort();
}

export function parseListParams(search: URLSearchParams): ApplicationListParams {
  const size = positiveInt(search.get('pageSize'));
  const params: ApplicationListParams = {
    page: positiveInt(search.get('page')) ?? defaultListParams.page,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? defaultListParams.pageSize,
    sort: ApplicationSortField.safeParse(search.get('sort')).data ?? defaultListParams.sort,
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
  };
  const q = search.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (q) params.q = q;
  // Enum order, no duplicates: one URL state, one cache key.
  const status = ApplicationStatus.options.filter((s) => search.getAll('status').includes(s));
  if (status.length > 0) params.status = status;
  const project = projectIds(search.getAll('project'));
  if (project.length > 0) params.project = project;
  const projectVersion = positiveInt(search.get('projectVersion'));
  if (projectVersion) params.projectVersion = projectVersion;
  const applicationVersion = positiveInt(search.get('applicationVersion'));
  if (applicationVersion) params.applicationVersion = applicationVersion;
  const deployedVia = DeployedVia.safeParse(search.get('deployedVia'));
  if (deployedVia.success) params.deployedVia = deployedVia.data;
  const upgrade = search.get('upgradeAvailable');
  if (upgrade === 'true' || upgrade === 'false') params.upgradeAvailable = upgrade === 'true';
  return params;
}

/** Keys the list does not own (set by other parts of the console) are kept as they are. */
export function toSearchParams(
  params: ApplicationListParams,
  base?: URLSearchParams,
): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const key of OWN_KEYS) out.delete(key);
  const q = params.q?.trim();
  if (q) out.set('q', q);
  for (const s of ApplicationStatus.options)
    if (params.status?.includes(s)) out.append('status', s);
  for (const id of projectIds(params.project ?? [])) out.append('project', id);
  if (params.projectVersion) out.set('projectVersion', String(params.projectVersion));
  if (params.applicationVersion) out.set('applicationVersion', String(params.applicationVersion));
  if (params.deployedVia) out.set('deployedVia', params.deployedVia);
  if (params.upgradeAvailable !== undefined)
    out.set('upgradeAvailable', String(params.upgradeAvailable));
  if (params.sort !== defaultListParams.sort) out.set('sort', params.sort);
  if (params.order !== defaultListParams.order) out.set('order', params.order);
  if (params.page !== defaultListParams.page) out.set('page', String(params.page));
  if (params.pageSize !== defaultListParams.pageSize) out.set('pageSize', String(params.pageSize));
  return out;
}

export function hasActiveFilters(params: ApplicationListParams): boolean {
  return (
    Boolean(params.q) ||
    (params.status?.length ?? 0) > 0 ||
    (params.project?.length ?? 0) > 0 ||
    params.projectVersion !== undefined ||
    params.applicationVersion !== undefined ||
    params.deployedVia !== undefined ||
    params.upgradeAvailable !== undefined
  );
}

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

/** Drops search and filters; sort and page size are preferences, not filters, so they stay. */
export function clearFilters(params: ApplicationListParams): ApplicationListParams {
  return { page: 1, pageSize: params.pageSize, sort: params.sort, order: params.order };
}

/** Dates are most useful newest first; everything else starts ascending. */
export function nextSort(
  params: ApplicationListParams,
  field: ApplicationSortField,
): Pick<ApplicationListParams, 'sort' | 'order'> {
  if (params.sort === field) return { sort: field, order: params.order === 'asc' ? 'desc' : 'asc' };
  return { sort: field, order: field === 'updatedAt' ? 'desc' : 'asc' };
}
