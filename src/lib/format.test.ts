import { TEST_NOW } from '@/testing/clock';
import { absoluteTime, countRangeText, formatCount, relativeTime } from './format';

describe('countRangeText', () => {
  it.each([
    [1, 25, 10_000, '1–25 of 10,000 apps'],
    [400, 25, 10_000, '9,976–10,000 of 10,000 apps'],
    [2, 25, 30, '26–30 of 30 apps'],
    [1, 25, 1, '1 app'],
    [1, 25, 18, '18 apps'],
    [1, 25, 26, '1–25 of 26 apps'],
    [1, 25, 0, 'No apps'],
    [9, 25, 30, '30 apps'],
  ])('page %i of size %i with %i rows reads "%s"', (page, size, total, text) => {
    expect(countRangeText(page, size, total, ['app', 'apps'])).toBe(text);
  });
});

describe('relativeTime', () => {
  const now = Date.parse('2026-05-01T12:00:00Z');
  it.each([
    ['2026-05-01T11:59:30Z', 'just now'],
    ['2026-05-01T11:15:00Z', '45 minutes ago'],
    ['2026-05-01T09:00:00Z', '3 hours ago'],
    ['2026-04-30T12:00:00Z', 'yesterday'],
    ['2026-04-10T12:00:00Z', '3 weeks ago'],
  ])('%s reads "%s"', (iso, text) => {
    expect(relativeTime(iso, now)).toBe(text);
  });
});

describe('the same instant in different zones', () => {
  // An instant near midnight in both zones: the calendar day differs, the relative time does not.
  const instant = '2026-11-02T10:30:00.000Z';

  it.each([
    ['Pacific/Kiritimati', 'Nov 3, 2026, 12:30 AM'],
    ['UTC', 'Nov 2, 2026, 10:30 AM'],
    ['America/Los_Angeles', 'Nov 2, 2026, 2:30 AM'],
  ])('in %s reads "%s"', (timeZone, text) => {
    expect(absoluteTime(instant, { timeZone })).toBe(text);
  });

  it('reads the same relative time wherever the reader is', () => {
    expect(relativeTime(instant, Date.parse(instant) + 3 * 3600_000)).toBe('3 hours ago');
  });

  it('the suite itself runs on a fixed clock in UTC, whatever the machine says', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('UTC');
    expect(Math.abs(Date.now() - TEST_NOW)).toBeLessThan(60_000);
  });
});

describe('written without Intl, as Intl writes it in English', () => {
  it('groups whole numbers; hands fractions to Intl', () => {
    const intl = new Intl.NumberFormat('en');
    for (const n of [0, 7, 999, 1000, 10_000, 123_456, 1_000_000, -4321, 2 ** 53 - 1, 1234.5]) {
      expect(formatCount(n)).toBe(intl.format(n));
    }
  });

  it('says every relative time Intl.RelativeTimeFormat says', () => {
    const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const now = Date.parse('2026-05-01T12:00:00Z');
    const steps = [60, 3600, 86_400, 7 * 86_400, 30 * 86_400, 365 * 86_400];
    const units = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
    for (const [i, size] of steps.entries()) {
      for (const value of [1, 2, 3, 11, 1200]) {
        for (const sign of [-1, 1]) {
          // Within the unit: the next size up is not reached.
          if (i < steps.length - 1 && value * size >= (steps[i + 1] ?? 0)) continue;
          const iso = new Date(now + sign * value * size * 1000).toISOString();
          expect(relativeTime(iso, now)).toBe(intl.format(sign * value, units[i] ?? 'year'));
        }
      }
    }
  });

  it('writes a date and time as Intl does, at every hour and in every month', () => {
    const intl = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    for (let month = 0; month < 12; month++) {
      for (const [hour, minute] of [
        [0, 0],
        [0, 7],
        [9, 5],
        [11, 59],
        [12, 0],
        [12, 30],
        [13, 1],
        [23, 59],
      ]) {
        const date = new Date(Date.UTC(2026, month, month + 1, hour, minute));
        expect(absoluteTime(date.toISOString())).toBe(intl.format(date));
      }
    }
  });

  it('refuses a time that is not one, as Intl does', () => {
    expect(() => absoluteTime('not a time')).toThrow(RangeError);
  });
});
