/** What a list says in each of its states; everything but the noun and the empty detail has a default. */
export interface ListTexts {
  /** The plural noun: "applications", "installed applications". */
  noun: string;
  /** The singular, for a count of one: "application". */
  one?: string;
  /** Why the list is empty, e.g. "Applications appear here once they are deployed." */
  emptyDetail: string;
  /** "No {noun} yet". */
  emptyTitle?: string;
  /** Read while the first page loads: "Loading {noun}…". */
  loading?: string;
  /** The title of a failure; the failure's own title when absent. */
  failed?: string;
  /** "No {noun} match". */
  noMatchTitle?: string;
  /** "Nothing matches the current search and filter." */
  noMatchDetail?: string;
  /** The button that drops search and filters: "Clear filters". */
  clearFilters?: string;
  /** A past-the-end page's detail, given the formatted total. */
  pastEnd?: (total: string) => string;
}

export function textsOf(texts: ListTexts): Required<ListTexts> {
  const { noun } = texts;
  return {
    one: noun,
    emptyTitle: `No ${noun} yet`,
    loading: `Loading ${noun}…`,
    failed: '',
    noMatchTitle: `No ${noun} match`,
    noMatchDetail: 'Nothing matches the current search and filter.',
    clearFilters: 'Clear filters',
    pastEnd: (total) => `Only ${total} ${noun} match, so this page is past the end of the list.`,
    ...texts,
  };
}
