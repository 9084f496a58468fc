import { recordsPageOf } from './records-params';

describe('recordsPageOf', () => {
  it.each([
    ['3', 3],
    ['1.5', 1],
    ['Infinity', 1],
    ['1e308', 1],
    ['0', 1],
    ['-2', 1],
    ['abc', 1],
    ['', 1],
  ])('reads recordsPage=%s as page %i', (raw, page) => {
    expect(recordsPageOf(new URLSearchParams({ recordsPage: raw }))).toBe(page);
  });
});
