/*
 * The console's text is English, and the first screen formats without Intl: in a fresh page the
 * first Intl formatter of any kind costs 50-75 ms at 4x CPU (ICU loads its data), about 5% of the
 * time to a list's first row. What these functions write is what Intl writes for 'en' (the unit
 * tests compare them); anything else (a fraction, another zone) is handed to Intl.
 */

/** 1234567 as "1,234,567". */
function groupDigits(n: number): string {
  return String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

let count: Intl.NumberFormat | undefined;

export function formatCount(n: number): string {
  if (Number.isSafeInteger(n)) return `${n < 0 ? '-' : ''}${groupDigits(n)}`;
  count ??= new Intl.NumberFormat('en');
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
  if (from > total || (page === 1 && total <= pageSize)) return `${formatCount(total)} ${word}`;
  const to = Math.min(page * pageSize, total);
  return `${formatCount(from)}–${formatCount(to)} of ${formatCount(total)} ${word}`;
}

type TimeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

const units: [TimeUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** What Intl.RelativeTimeFormat('en', { numeric: 'auto' }) says for one unit back or ahead. */
const oneAway: Partial<Record<TimeUnit, [back: string, ahead: string]>> = {
  year: ['last year', 'next year'],
  month: ['last month', 'next month'],
  week: ['last week', 'next week'],
  day: ['yesterday', 'tomorrow'],
};

/** "3 hours ago", "in 2 days", "yesterday": `value` is a whole number of `unit`s, never 0. */
function relativeText(value: number, unit: TimeUnit): string {
  const named = Math.abs(value) === 1 ? oneAway[unit] : undefined;
  if (named) return value < 0 ? named[0] : named[1];
  const amount = `${groupDigits(value)} ${unit}${Math.abs(value) === 1 ? '' : 's'}`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}

/** "3 hours ago"; under a minute is "just now". */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relativeText(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** "Nov 2, 2026, 9:00 AM" in the reader's zone: Intl's 'en' medium date and short time. */
function localDateTime(date: Date): string {
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const day = `${monthNames[date.getMonth()] ?? ''} ${String(date.getDate())}, ${String(date.getFullYear())}`;
  return `${day}, ${String(hours % 12 || 12)}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** "Nov 2, 2026, 9:00 AM" in the reader's zone, or in `timeZone` (an IANA name) when given. */
export function absoluteTime(iso: string, options: { timeZone?: string } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: ${iso}`);
  if (!options.timeZone) return localDateTime(date);
  return new Intl.DateTimeFormat('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(date);
}
