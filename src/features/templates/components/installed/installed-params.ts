import { InstalledSortField } from '@/contract/template-upgrades';
import { pageSizeOf, positiveInt, searchOf } from '../templates/templates-params';

/** The installed applications list's whole state, kept in the URL. */
export interface InstalledParams {
  page: number;
  pageSize: number;
  sort: InstalledSortField;
  order: 'asc' | 'desc';
  q?: string;
  updateAvailable?: boolean;
}

const OWN_KEYS = ['q', 'updateAvailable', 'sort', 'order', 'page', 'pageSize'];

export function parseInstalledParams(search: URLSearchParams): InstalledParams {
  const params: InstalledParams = {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: pageSizeOf(search.get('pageSize')),
    sort: InstalledSortField.safeParse(search.get('sort')).data ?? 'name',
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
  };
  const q = searchOf(search);
  if (q) params.q = q;
  const update = search.get('updateAvailable');
  if (update === 'true' || update === 'false') params.updateAvailable = update === 'true';
  return params;
}

export function installedSearchParams(
  params: InstalledParams,
  base?: URLSearchParams,
): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const key of OWN_KEYS) out.delete(key);
  if (params.q?.trim()) out.set('q', params.q.trim());
  if (params.updateAvailable !== undefined) {
    out.set('updateAvailable', String(params.updateAvailable));
  }
  if (params.sort !== 'name') out.set('sort', params.sort);
  if (params.order !== 'asc') out.set('order', params.order);
  if (params.page !== 1) out.set('page', String(params.page));
  if (params.pageSize !== 25) out.set('pageSize', String(params.pageSize));
  return out;
}
