import { TEST_NOW } from '@/testing/clock';
import { absoluteTime, countRangeText, relativeTime } from './format';

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
