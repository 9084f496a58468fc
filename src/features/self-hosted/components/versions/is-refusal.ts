import { isApiError } from '@/lib/problem';

/** The server answered no (4xx): asking again the same way will not help. */
export function isRefusal(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}
