import type { Schedule } from '@/contract/platform-plans';

/**
 * "Nov 24, 2026, 10:00 PM CET (Europe/Lisbon)": in the reader's own locale, at the time zone the
 * schedule was chosen in, the zone named, as the seed's cloud request must "refer the time zone".
 */
export function scheduleText(schedule: Schedule): string {
  try {
    const format = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: schedule.timeZone,
    });
    return `${format.format(new Date(schedule.at))} (${schedule.timeZone})`;
  } catch {
    // A zone this browser does not know: the instant in UTC, still naming the zone asked for.
    return `${new Date(schedule.at).toISOString().slice(0, 16).replace('T', ' ')} UTC (${schedule.timeZone})`;
  }
}

const local = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "Nov 2, 2026, 9:00 AM UTC": when something was done, in the reader's locale and zone, named. */
export function localTime(iso: string): string {
  return local.format(new Date(iso));
}
