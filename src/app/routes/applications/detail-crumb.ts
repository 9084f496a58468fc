/**
 * The detail page's crumb: its name from the loader; "Application" when the loader did not wait
 * for a slow answer; nothing (the crumb is left out) while an error boundary shows.
 */
export function detailCrumb(data: unknown): string {
  if (typeof data !== 'object' || data === null) return '';
  const name = 'name' in data ? data.name : undefined;
  return typeof name === 'string' && name ? name : 'Application';
}
