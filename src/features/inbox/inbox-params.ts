import type { NotificationCategoryFilter } from '@/contract/notifications';

/**
 * The Inbox keeps its state in the URL: the box is the path (/inbox, /inbox/archived), the
 * Events tab's category and the page are the query string. Pure: invalid values fall back to
 * their defaults, defaults are left out of the URL.
 */
export type InboxBox = 'inbox' | 'archived';
export type InboxCategory = 'all' | NotificationCategoryFilter;

export interface InboxListParams {
  box: InboxBox;
  category: InboxCategory;
  page: number;
  pageSize: number;
}

export const INBOX_PAGE_SIZES = [10, 25, 50] as const;
const DEFAULT_PAGE_SIZE = 25;

/** The Events tab's categories, in the order of its tabs. */
export const inboxCategories: readonly InboxCategory[] = ['all', 'message', 'work'];

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

export function parseInboxParams(box: InboxBox, search: URLSearchParams): InboxListParams {
  const size = positiveInt(search.get('pageSize'));
  const raw = search.get('category');
  // Archived holds every category: it has no category tabs.
  const category =
    box === 'inbox' ? inboxCategories.find((c) => c === raw && c !== 'all') : undefined;
  return {
    box,
    category: category ?? 'all',
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: INBOX_PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
  };
}

/** Keys the Inbox does not own are kept as they are. */
export function toInboxSearch(params: InboxListParams, base?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of ['category', 'page', 'pageSize']) next.delete(key);
  if (params.box === 'inbox' && params.category !== 'all') next.set('category', params.category);
  if (params.page > 1) next.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) next.set('pageSize', String(params.pageSize));
  return next;
}

/** `?category=message` for a category tab's link (first page, other keys dropped). */
export function categorySearch(category: InboxCategory): string {
  return category === 'all' ? '' : `?category=${category}`;
}

/** The list query of the API for these params. */
export function toNotificationQuery({ box, category, page, pageSize }: InboxListParams) {
  return { box, page, pageSize, ...(category === 'all' ? {} : { category }) };
}
