import { selfHostedCodec } from './list-params';

const {
  clearFilters,
  nextSort,
  parse: parseListParams,
  serialize: toSearchParams,
} = selfHostedCodec;

const parse = (search: string) => parseListParams(new URLSearchParams(search));

describe('My Applications list params', () => {
  it('reads defaults from an empty query string and writes them back as nothing', () => {
    const params = parse('');
    expect(params).toEqual({ page: 1, pageSize: 25, sort: 'name', order: 'asc' });
    expect(toSearchParams(params).toString()).toBe('');
  });

  it('round-trips search, filter, sort and page', () => {
    const search = 'q=fleet&updateAvailable=true&sort=activeVersion&order=desc&page=2&pageSize=50';
    const params = parse(search);
    expect(params).toEqual({
      q: 'fleet',
      updateAvailable: true,
      sort: 'activeVersion',
      order: 'desc',
      page: 2,
      pageSize: 50,
    });
    expect(toSearchParams(params).toString()).toBe(search);
  });

  it('falls back to defaults for anything invalid, and keeps keys it does not own', () => {
    expect(parse('sort=tenants&order=up&page=0&pageSize=7&updateAvailable=maybe')).toEqual({
      page: 1,
      pageSize: 25,
      sort: 'name',
      order: 'asc',
    });
    const out = toSearchParams(parse('q=x'), new URLSearchParams('q=old&tab=1'));
    expect(out.toString()).toBe('tab=1&q=x');
  });

  it('sorts a new column ascending (dates newest first) and reverses the current one', () => {
    const params = parse('');
    expect(nextSort(params, 'newestVersion')).toEqual({ sort: 'newestVersion', order: 'asc' });
    expect(nextSort(params, 'updatedAt')).toEqual({ sort: 'updatedAt', order: 'desc' });
    expect(nextSort(params, 'name')).toEqual({ sort: 'name', order: 'desc' });
    expect(clearFilters(parse('q=a&updateAvailable=false&sort=updatedAt&page=3'))).toEqual({
      page: 1,
      pageSize: 25,
      sort: 'updatedAt',
      order: 'asc',
    });
  });
});
