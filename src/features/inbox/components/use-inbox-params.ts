import { useUrlParams } from '@/lib/use-url-params';
import { parseInboxParams, toInboxSearch, type InboxBox } from '../inbox-params';

// Stable, module-level parsers: useUrlParams memoises on them.
const parseEvents = (search: URLSearchParams) => parseInboxParams('inbox', search);
const parseArchived = (search: URLSearchParams) => parseInboxParams('archived', search);

/** The list's category and page, read from and written to the URL. */
export function useInboxParams(box: InboxBox) {
  return useUrlParams(box === 'inbox' ? parseEvents : parseArchived, toInboxSearch);
}
