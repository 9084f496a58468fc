import { TemplateSortField } from '@/contract/templates';

/** The templates list's whole state, kept in the URL (defaults omitted, so links stay short). */
export interface TemplatesParams {
  page: number;
  pageSize: number;
  sort: TemplateSortField;
  order: 'asc' | 'desc';
  q?: string;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const MAX_SEARCH_LENGTH = 100;
const OWN_KEYS = ['q', 'sort', 'order', 'page', 'pageSize'];

export function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

export function pageSizeOf(raw: string | null): number {
  const size = positiveInt(raw);
  return PAGE_SIZES.find((s) => s === size) ?? 25;
}

export function searchOf(search: URLSearchParams): string | undefined {
  const q = search.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  return q === undefined || q === '' ? undefined : q;
}

export function parseTemplatesParams(search: URLSearchParams): TemplatesParams {
  const params: TemplatesParams = {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: pageSizeOf(search.get('pageSize')),
    sort: TemplateSortField.safeParse(search.get('sort')).data ?? 'name',
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
  };
  const q = searchOf(search);
  if (q) params.q = q;
  return params;
}

export function templatesSearchParams(
  params: TemplatesParams,
  base?: URLSearchParams,
): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const key of OWN_KEYS) out.delete(key);
  if (params.q?.trim()) out.set('q', params.q.trim());
  if (params.sort !== 'name') out.set('sort', params.sort);
  if (params.order !== 'asc') out.set('order', params.order);
  if (params.page !== 1) out.set('page', String(params.page));
  if (params.pageSize !== 25) out.set('pageSize', String(params.pageSize));
  return out;
}

/** Dates and versions are most useful newest first; names start ascending. */
export function nextSort<F extends string>(
  current: { sort: F; order: 'asc' | 'desc' },
  field: F,
  descFirst: readonly F[],
): { sort: F; order: 'asc' | 'desc' } {
  if (current.sort === field)
    return { sort: field, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: field, order: descFirst.includes(field) ? 'desc' : 'asc' };
}
