import fc from 'fast-check';
import {
  applicationSortFields,
  ApplicationStatus,
  DeployedVia,
  type ApplicationListParams,
} from '@/contract/applications';
import {
  clearFilters,
  defaultListParams,
  hasActiveFilters,
  nextSort,
  PAGE_SIZES,
  parseListParams,
  toSearchParams,
} from './list-params';

const parse = (qs: string) => parseListParams(new URLSearchParams(qs));

describe('parseListParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(defaultListParams);
  });

  it('reads every valid value', () => {
    expect(
      parse(
        'q=+invoice+&status=failed&status=running&deployedVia=helm&upgradeAvailable=false&sort=updatedAt&order=desc&page=3&pageSize=100',
      ),
    ).toEqual({
      q: 'invoice',
      status: ['running', 'failed'],
      deployedVia: 'helm',
      upgradeAvailable: false,
      sort: 'updatedAt',
      order: 'desc',
      page: 3,
      pageSize: 100,
    });
  });

  it.each([
    ['page=0', { page: 1 }],
    ['page=-2', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['page=99999999999999', { page: 1 }],
    ['pageSize=37', { pageSize: 25 }],
    ['pageSize=1000', { pageSize: 25 }],
    ['sort=password', { sort: 'name' }],
    ['order=sideways', { order: 'asc' }],
  ])('falls back to the default for %s', (qs, expected) => {
    expect(parse(qs)).toEqual({ ...defaultListParams, ...expected });
  });

  it('drops unknown statuses, duplicates and invalid enum values', () => {
    const p = parse(
      'status=running&status=bogus&status=running&deployedVia=ftp&upgradeAvailable=maybe',
    );
    expect(p).toEqual({ ...defaultListParams, status: ['running'] });
  });

  it('ignores a blank search and truncates a huge one', () => {
    expect(parse('q=%20%20').q).toBeUndefined();
    expect(parse(`q=${'x'.repeat(500)}`).q).toHaveLength(100);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string(), (qs) => {
        const p = parse(qs);
        expect(PAGE_SIZES).toContain(p.pageSize);
        expect(p.page).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('toSearchParams', () => {
  it('omits defaults so URLs stay short', () => {
    expect(toSearchParams(defaultListParams).toString()).toBe('');
    expect(toSearchParams({ ...defaultListParams, q: '  ' }).toString()).toBe('');
  });

  it('keeps parameters it does not own', () => {
    const out = toSearchParams(
      { ...defaultListParams, page: 2 },
      new URLSearchParams('tab=x&page=7'),
    );
    expect(out.toString()).toBe('tab=x&page=2');
  });

  it('round-trips every valid state', () => {
    const state = fc.record(
      {
        page: fc.integer({ min: 1, max: 10_000 }),
        pageSize: fc.constantFrom(...PAGE_SIZES),
        sort: fc.constantFrom(...applicationSortFields),
        order: fc.constantFrom('asc' as const, 'desc' as const),
        q: fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim() === s && s !== ''),
        status: fc.subarray([...ApplicationStatus.options], { minLength: 1 }),
        deployedVia: fc.constantFrom(...DeployedVia.options),
        upgradeAvailable: fc.boolean(),
      },
      { requiredKeys: ['page', 'pageSize', 'sort', 'order'] },
    );
    fc.assert(
      fc.property(state, (p: ApplicationListParams) => {
        expect(parseListParams(toSearchParams(p))).toEqual(p);
      }),
    );
  });
});

describe('filters and sorting', () => {
  it('knows when filters are active and clears them, keeping sort and page size', () => {
    const p: ApplicationListParams = {
      ...defaultListParams,
      page: 4,
      pageSize: 50,
      sort: 'status',
      order: 'desc',
      status: ['failed'],
    };
    expect(hasActiveFilters(defaultListParams)).toBe(false);
    expect(hasActiveFilters(p)).toBe(true);
    expect(hasActiveFilters({ ...defaultListParams, upgradeAvailable: false })).toBe(true);
    expect(clearFilters(p)).toEqual({ page: 1, pageSize: 50, sort: 'status', order: 'desc' });
  });

  it('toggles the active column and starts a new one ascending (dates descending)', () => {
    expect(nextSort(defaultListParams, 'name')).toEqual({ sort: 'name', order: 'desc' });
    expect(nextSort({ ...defaultListParams, order: 'desc' }, 'name')).toEqual({
      sort: 'name',
      order: 'asc',
    });
    expect(nextSort(defaultListParams, 'project')).toEqual({ sort: 'project', order: 'asc' });
    expect(nextSort(defaultListParams, 'updatedAt')).toEqual({ sort: 'updatedAt', order: 'desc' });
  });
});
