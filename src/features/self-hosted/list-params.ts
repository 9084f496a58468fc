import { SelfHostedSortField, type SelfHostedListParams } from '@/contract/self-hosted';

/**
 * My Applications keeps all of its state in the URL. These pure functions turn search params
 * into list params (anything invalid falls back to its default, never throws) and back (defaults
 * omitted, so shared links stay short).
 */

export const PAGE_SIZES = [25, 50, 100] as const;
export const MAX_SEARCH_LENGTH = 100;

export const defaultListParams = {
  page: 1,
  pageSize: 25,
  sort: 'name',
  order: 'asc',
} as const satisfies SelfHostedListParams;

const OWN_KEYS = ['q', 'updateAvailable', 'sort', 'order', 'page', 'pageSize'];

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

export function parseListParams(search: URLSearchParams): SelfHostedListParams {
  const size = positiveInt(search.get('pageSize'));
  const params: SelfHostedListParams = {
    page: positiveInt(search.get('page')) ?? defaultListParams.page,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? defaultListParams.pageSize,
    sort: SelfHostedSortField.safeParse(search.get('sort')).data ?? defaultListParams.sort,
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
  };
  const q = search.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (q) params.q = q;
  const update = search.get('updateAvailable');
  if (update === 'true' || update === 'false') params.updateAvailable = update === 'true';
  return params;
}

/** Keys the list does not own (set by other parts of the console) are kept as they are. */
export function toSearchParams(
  params: SelfHostedListParams,
  base?: URLSearchParams,
): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const key of OWN_KEYS) out.delete(key);
  const q = params.q?.trim();
  if (q) out.set('q', q);
  if (params.updateAvailable !== undefined)
    out.set('updateAvailable', String(params.updateAvailable));
  if (params.sort !== defaultListParams.sort) out.set('sort', params.sort);
  if (params.order !== defaultListParams.order) out.set('order', params.order);
  if (params.page !== defaultListParams.page) out.set('page', String(params.page));
  if (params.pageSize !== defaultListParams.pageSize) out.set('pageSize', String(params.pageSize));
  return out;
}

export function hasActiveFilters(params: SelfHostedListParams): boolean {
  return Boolean(params.q) || params.updateAvailable !== undefined;
}

/** Drops search and filters; sort and page size are preferences, not filters, so they stay. */
export function clearFilters(params: SelfHostedListParams): SelfHostedListParams {
  return { page: 1, pageSize: params.pageSize, sort: params.sort, order: params.order };
}

/** Dates are most useful newest first; everything else starts ascending (as on Applications). */
export function nextSort(
  params: SelfHostedListParams,
  field: SelfHostedSortField,
): Pick<SelfHostedListParams, 'sort' | 'order'> {
  if (params.sort === field) return { sort: field, order: params.order === 'asc' ? 'desc' : 'asc' };
  return { sort: field, order: field === 'updatedAt' ? 'desc' : 'asc' };
}
