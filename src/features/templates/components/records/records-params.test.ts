import { recordsCodec, recordsPageOf } from './records-params';

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

describe('recordsCodec', () => {
  const params = (page: number) => ({ ...recordsCodec.parse(new URLSearchParams()), page });

  it('reads records newest first, ten to a page, from the first page by default', () => {
    expect(recordsCodec.parse(new URLSearchParams('recordsPage=abc'))).toEqual({
      page: 1,
      pageSize: 10,
      sort: 'startedAt',
      order: 'desc',
    });
  });

  it('writes only the page, leaving the first page out and other keys as they are', () => {
    const base = new URLSearchParams('to=1.10&recordsPage=3');
    expect(recordsCodec.serialize(params(2), base).toString()).toBe('to=1.10&recordsPage=2');
    expect(recordsCodec.serialize(params(1), base).toString()).toBe('to=1.10');
  });
});
