import { NotificationCategoryFilter } from '@/contract/notifications';
import { definePagedParams } from '@/lib/list-params';
import { oneOf } from '@/lib/url-param-kinds';

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

/** The Events tab's categories, in the order of its tabs. */
export const inboxCategories: readonly InboxCategory[] = ['all', 'message', 'work'];

const codec = definePagedParams({
  filters: { category: oneOf(NotificationCategoryFilter.options) },
  sizes: INBOX_PAGE_SIZES,
  defaultSize: 25,
});

export function parseInboxParams(box: InboxBox, search: URLSearchParams): InboxListParams {
  const { category, page, pageSize } = codec.parse(search);
  // Archived holds every category: it has no category tabs.
  return { box, category: (box === 'inbox' ? category : undefined) ?? 'all', page, pageSize };
}

/** Keys the Inbox does not own are kept as they are. */
export function toInboxSearch(params: InboxListParams, base?: URLSearchParams): URLSearchParams {
  const { box, category, page, pageSize } = params;
  const filtered = box === 'inbox' && category !== 'all' ? category : undefined;
  return codec.serialize({ category: filtered, page, pageSize }, base);
}

/** The query string to show instead of one the Inbox cannot use as written (see `UrlCodec`). */
export function normalizeInboxSearch(
  box: InboxBox,
  search: URLSearchParams,
): URLSearchParams | undefined {
  // Archived has no category tabs: a category there is dropped.
  if (box === 'archived' && search.has('category'))
    return toInboxSearch(parseInboxParams(box, search), search);
  return codec.normalize(search);
}

/** `?category=message` for a category tab's link (first page, other keys dropped). */
export function categorySearch(category: InboxCategory): string {
  return category === 'all' ? '' : `?category=${category}`;
}

/** The list query of the API for these params. */
export function toNotificationQuery({ box, category, page, pageSize }: InboxListParams) {
  return { box, page, pageSize, ...(category === 'all' ? {} : { category }) };
}
