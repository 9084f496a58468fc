import fc from 'fast-check';
import {
  applicationSortFields,
  ApplicationStatus,
  DeployedVia,
  type ApplicationListParams,
} from '@/contract/applications';
import { PAGE_SIZES } from '@/lib/list-params';
import { applicationsCodec } from './list-params';

const {
  defaults: defaultListParams,
  parse: parseListParams,
  serialize: toSearchParams,
  hasActiveFilters,
  clearFilters,
  nextSort,
} = applicationsCodec;

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

  it('reads projects (unique, sorted) and the two versions', () => {
    expect(
      parse(
        'project=p-invoice&project=p-claims&project=p-invoice&projectVersion=4&applicationVersion=3',
      ),
    ).toEqual({
      ...defaultListParams,
      project: ['p-claims', 'p-invoice'],
      projectVersion: 4,
      applicationVersion: 3,
    });
  });

  it.each(['0', '-1', '2.5', 'abc', '', '1e3', '0x10', ' 4', '1234567890'])(
    'drops the versions %j: not a whole number from 1 to 9 digits',
    (raw) => {
      const p = parse(
        `projectVersion=${encodeURIComponent(raw)}&applicationVersion=${encodeURIComponent(raw)}`,
      );
      expect(p).toEqual(defaultListParams);
    },
  );

  it('drops blank and absurdly long project ids', () => {
    expect(parse(`project=&project=${'x'.repeat(101)}`)).toEqual(defaultListParams);
    expect(parse(`project=&project=p-kyc`).project).toEqual(['p-kyc']);
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

  it('writes projects once each in id order, and the versions', () => {
    const out = toSearchParams({
      ...defaultListParams,
      project: ['p-invoice', 'p-claims', 'p-invoice'],
      projectVersion: 10,
      applicationVersion: 4,
    });
    expect(out.toString()).toBe(
      'project=p-claims&project=p-invoice&projectVersion=10&applicationVersion=4',
    );
  });

  it('replaces the project filters it owns and keeps the rest', () => {
    const base = new URLSearchParams('tab=x&project=p-kyc&projectVersion=2&applicationVersion=9');
    const out = toSearchParams({ ...defaultListParams, project: ['p-leave'] }, base);
    expect(out.toString()).toBe('tab=x&project=p-leave');
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
        project: fc
          .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { minLength: 1 })
          .map((ids) => ids.sort()),
        projectVersion: fc.integer({ min: 1, max: 999_999_999 }),
        applicationVersion: fc.integer({ min: 1, max: 999_999_999 }),
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
    expect(hasActiveFilters({ ...defaultListParams, project: ['p-kyc'] })).toBe(true);
    expect(hasActiveFilters({ ...defaultListParams, project: [] })).toBe(false);
    expect(hasActiveFilters({ ...defaultListParams, projectVersion: 4 })).toBe(true);
    expect(hasActiveFilters({ ...defaultListParams, applicationVersion: 1 })).toBe(true);
    expect(
      clearFilters({ ...p, project: ['p-kyc'], projectVersion: 4, applicationVersion: 2 }),
    ).toEqual({ page: 1, pageSize: 50, sort: 'status', order: 'desc' });
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
