import { notificationsQueryOptions } from '@/features/inbox/api/list-notifications';
import {
  normalizeInboxSearch,
  parseInboxParams,
  type InboxBox,
} from '@/features/inbox/inbox-params';
import { listRoute } from '@/lib/list-route';

/** One tab's list: its loader and the revalidation that leaves category and page to the list. */
export function inboxListRoute(box: InboxBox) {
  return listRoute({
    parse: (search) => parseInboxParams(box, search),
    normalize: (search) => normalizeInboxSearch(box, search),
    query: notificationsQueryOptions,
  });
}
