const count = new Intl.NumberFormat('en');

export function formatCount(n: number): string {
  return count.format(n);
}

/**
 * "1–25 of 10,000 applications"; just "18 applications" when one page holds them all, and
 * "No applications" when there are none. `noun` is the singular and the plural.
 */
export function countRangeText(
  page: number,
  pageSize: number,
  total: number,
  noun: readonly [one: string, other: string],
): string {
  const [one, other] = noun;
  if (total === 0) return `No ${other}`;
  const word = total === 1 ? one : other;
  const from = (page - 1) * pageSize + 1;
  if (from > total || (page === 1 && total <= pageSize)) return `${count.format(total)} ${word}`;
  const to = Math.min(page * pageSize, total);
  return `${count.format(from)}–${count.format(to)} of ${count.format(total)} ${word}`;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absoluteStyle = { dateStyle: 'medium', timeStyle: 'short' } as const;
/** In the reader's own zone; `absoluteTime(iso, { timeZone })` formats in another one. */
const absolute = new Intl.DateTimeFormat('en', absoluteStyle);

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago"; under a minute is "just now". */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** "Nov 2, 2026, 9:00 AM" in the reader's zone, or in `timeZone` (an IANA name) when given. */
export function absoluteTime(iso: string, options: { timeZone?: string } = {}): string {
  const format = options.timeZone
    ? new Intl.DateTimeFormat('en', { ...absoluteStyle, timeZone: options.timeZone })
    : absolute;
  return format.format(new Date(iso));
}
