import { countRangeText, relativeTime } from './format';

describe('countRangeText', () => {
  it.each([
    [1, 25, 10_000, '1–25 of 10,000 apps'],
    [2, 25, 30, '26–30 of 30 apps'],
    [1, 25, 1, '1 app'],
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
