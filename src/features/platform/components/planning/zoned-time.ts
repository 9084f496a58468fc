/**
 * The schedule is typed as a wall-clock time in a named time zone (as the cloud request must say
 * it) and stored as an instant with that zone. These convert between the two without a library.
 */

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The viewer's own zone: the default of every schedule. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every IANA zone the browser knows, with the viewer's and UTC always among them. */
export function timeZoneOptions(): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add(browserTimeZone());
  zones.add('UTC');
  return [...zones].sort();
}

export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock parts of an instant in `timeZone`. */
function wallClock(ms: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at that instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(+w.year, +w.month - 1, +w.day, +w.hour, +w.minute);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

/** "2026-12-01T10:00" in Europe/Lisbon → its ISO instant; null when either part is not valid. */
export function zonedInputToIso(local: string, timeZone: string): string | null {
  const m = INPUT.exec(local);
  if (!m || !isTimeZone(timeZone)) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let at = wall - offsetAt(wall, timeZone);
  // Across a change of offset (summer time), the second guess is the right one.
  const second = wall - offsetAt(at, timeZone);
  if (second !== at) at = second;
  return new Date(at).toISOString();
}

/** An instant as the "YYYY-MM-DDTHH:mm" a date-time field shows in `timeZone`. */
export function isoToZonedInput(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !isTimeZone(timeZone)) return '';
  const w = wallClock(ms, timeZone);
  return `${w.year}-${w.month}-${w.day}T${w.hour}:${w.minute}`;
}
