import { defineUrlCodec, type ParamKinds, type UrlCodec, type ValuesOf } from './url-codec';
import { boundedText, oneOf, oneOfNumbers, wholeNumber } from './url-param-kinds';

export { MAX_SEARCH_LENGTH, positiveInt } from './url-param-kinds';

/**
 * A server-paged list keeps its whole state in the URL. Each list declares its sorts and filters;
 * the codec built here reads the query string (anything it cannot use falls back to its default,
 * never throws) and writes it back (defaults left out so links stay short; keys the list does not
 * own kept as they are), always in the same key order: one state, one URL, one cache key.
 */

/** Page sizes every server-paged list offers (the Inbox offers its own). */
export const PAGE_SIZES = [25, 50, 100] as const;
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface PagedParams {
  page: number;
  pageSize: number;
}

const pageKinds = (sizes: readonly number[]) => ({
  page: wholeNumber,
  pageSize: oneOfNumbers(sizes),
});

/** A paged list without sorting or search (the Inbox): its filters, then page and page size. */
export function definePagedParams<F extends ParamKinds>(options: {
  filters: F;
  sizes?: readonly number[];
  defaultSize?: number;
}): UrlCodec<PagedParams & ValuesOf<F>> & { defaults: PagedParams } {
  const { filters, sizes = PAGE_SIZES, defaultSize = PAGE_SIZES[0] } = options;
  const defaults: PagedParams = { page: 1, pageSize: defaultSize };
  return { ...defineUrlCodec({ ...filters, ...pageKinds(sizes) }, defaults), defaults };
}

export interface SortedParams<S extends string> extends PagedParams {
  sort: S;
  order: SortOrder;
}
export type ListParams<S extends string, F extends ParamKinds> = SortedParams<S> & {
  q?: string;
} & ValuesOf<F>;

export interface ListParamsCodec<S extends string, P extends SortedParams<S>> extends UrlCodec<P> {
  defaults: SortedParams<S>;
  /** A search or a filter narrows the rows (sort and page size do not). */
  hasActiveFilters: (params: P) => boolean;
  /** Drops search and filters; sort and page size are preferences, not filters, so they stay. */
  clearFilters: (params: P) => P;
  nextSort: (
    params: Pick<P, 'sort' | 'order'>,
    field: S,
  ) => Pick<SortedParams<S>, 'sort' | 'order'>;
}

const isSet = (value: unknown) =>
  value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** A sorted, searchable list: search, its filters, sort, order, page and page size. */
export function defineListParams<S extends string, F extends ParamKinds>(options: {
  sorts: readonly S[];
  defaultSort: S;
  defaultOrder?: SortOrder;
  /** Columns that start descending (dates, versions): newest first is the useful view. */
  descFirst?: readonly S[];
  filters: F;
}): ListParamsCodec<S, ListParams<S, F>> {
  const { sorts, defaultSort, defaultOrder = 'asc', descFirst = [], filters } = options;
  type P = ListParams<S, F>;
  const filterKeys = ['q', ...Object.keys(filters)];
  const defaults: SortedParams<S> = {
    page: 1,
    pageSize: PAGE_SIZES[0],
    sort: defaultSort,
    order: defaultOrder,
  };
  const codec = defineUrlCodec<P>(
    {
      q: boundedText(),
      ...filters,
      sort: oneOf(sorts),
      order: oneOf(SORT_ORDERS),
      ...pageKinds(PAGE_SIZES),
    },
    defaults,
  );
  return {
    ...codec,
    defaults,
    hasActiveFilters: (params) =>
      filterKeys.some((key) => isSet((params as Record<string, unknown>)[key])),
    clearFilters: ({ pageSize, sort, order }) => ({ page: 1, pageSize, sort, order }) as P,
    nextSort: (params, field) => toggleSort(params, field, descFirst),
  };
}

/** The column clicked again reverses; a new one starts ascending, or descending if `descFirst`. */
export function toggleSort<S extends string>(
  current: { sort: S; order: SortOrder },
  field: S,
  descFirst: readonly S[],
): { sort: S; order: SortOrder } {
  if (current.sort === field)
    return { sort: field, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: field, order: descFirst.includes(field) ? 'desc' : 'asc' };
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
