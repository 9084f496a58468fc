/**
 * The list's query string travels in the history entry's state from the list to the detail page
 * (and from tab to tab), so the detail page's Back link returns to the same search, filters and page.
 */
export interface ListReturnState {
  listSearch: string;
}

export function listReturnState(search: string): ListReturnState {
  return { listSearch: search };
}

/** The list's query string carried in `state`, or '' when the page was opened directly. */
export function listSearchOf(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('listSearch' in state)) return '';
  const { listSearch } = state;
  return typeof listSearch === 'string' && (listSearch === '' || listSearch.startsWith('?'))
    ? listSearch
    : '';
}
