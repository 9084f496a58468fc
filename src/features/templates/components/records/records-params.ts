import { defineUrlCodec } from '@/lib/url-codec';
import { wholeNumber } from '@/lib/url-param-kinds';

/** Records come newest first, ten to a page: of their state, only the page is in the URL. */
export const RECORDS_PAGE_SIZE = 10;

export type RecordsSort = 'startedAt';

export interface RecordsParams {
  page: number;
  pageSize: number;
  sort: RecordsSort;
  order: 'desc';
}

// Its own key: the page of records shares the URL with the application's upgrade management.
const pageCodec = defineUrlCodec<{ recordsPage: number }>(
  { recordsPage: wholeNumber },
  { recordsPage: 1 },
);

export const recordsCodec = {
  parse: (search: URLSearchParams): RecordsParams => ({
    page: pageCodec.parse(search).recordsPage,
    pageSize: RECORDS_PAGE_SIZE,
    sort: 'startedAt',
    order: 'desc',
  }),
  serialize: (params: RecordsParams, base?: URLSearchParams) =>
    pageCodec.serialize({ recordsPage: params.page }, base),
};

/** The records page in the URL; anything but a whole number from 1 (1.5, Infinity, abc) is 1. */
export function recordsPageOf(search: URLSearchParams): number {
  return recordsCodec.parse(search).page;
}
