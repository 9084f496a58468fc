import { positiveInt } from '../templates/templates-params';

export const RECORDS_PAGE_KEY = 'recordsPage';

/** The records page in the URL; anything but a whole number from 1 (1.5, Infinity, abc) is 1. */
export function recordsPageOf(search: URLSearchParams): number {
  return positiveInt(search.get(RECORDS_PAGE_KEY)) ?? 1;
}
