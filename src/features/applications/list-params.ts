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

export const defaultListParams = {
  page: 1,
  pageSize: 25,
  sort: 'name',
  order: 'asc',
} as const satisfies ApplicationListParams;

const OWN_KEYS = [
  'q',
  'status',
  'deployedVia',
  'upgradeAvailable',
  'sort',
  'order',
  'page',
  'pageSize',
];

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
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
    params.deployedVia !== undefined ||
    params.upgradeAvailable !== undefined
  );
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
