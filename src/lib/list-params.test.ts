import fc from 'fast-check';
import { applyToggles, definePagedParams, defineListParams, PAGE_SIZES } from './list-params';
import { boundedText, flag, idList, oneOf, someOf, wholeNumber } from './url-param-kinds';

const statuses = ['running', 'failed', 'stopped'] as const;
const sorts = ['name', 'size', 'updatedAt'] as const;
const filters = {
  status: someOf(statuses),
  owner: idList(20),
  version: wholeNumber,
  via: oneOf(['helm', 'service']),
  flagged: flag,
  note: boundedText(30),
};
const codec = defineListParams({ sorts, defaultSort: 'name', descFirst: ['updatedAt'], filters });
type Params = ReturnType<typeof codec.parse>;

const parse = (qs: string) => codec.parse(new URLSearchParams(qs));
const write = (params: Params, base?: string) =>
  codec.serialize(params, new URLSearchParams(base)).toString();

describe('defineListParams', () => {
  it('reads an empty query as the defaults and writes the defaults as nothing', () => {
    expect(parse('')).toEqual({ page: 1, pageSize: 25, sort: 'name', order: 'asc' });
    expect(codec.defaults).toEqual(parse(''));
    expect(write(codec.defaults)).toBe('');
  });

  it.each([
    ['page=-1', {}],
    ['page=abc', {}],
    ['page=0&pageSize=0', {}],
    ['pageSize=100000', {}],
    ['pageSize=abc&order=sideways', {}],
    ['sort=nope', {}],
    ['status=nope&via=ftp&flagged=maybe&version=1.5&owner=', {}],
    ['page=3&pageSize=50', { page: 3, pageSize: 50 }],
  ])('falls back to the default for what it cannot use: %s', (qs, expected) => {
    expect(parse(qs)).toEqual({ ...codec.defaults, ...expected });
  });

  it('reads every kind of filter', () => {
    const params = parse(
      'q=+kyc+&status=stopped&status=bogus&status=running&status=stopped&owner=b&owner=a&owner=b' +
        `&owner=${'x'.repeat(21)}&version=4&via=helm&flagged=false&note=${'n'.repeat(40)}`,
    );
    expect(params).toEqual({
      ...codec.defaults,
      q: 'kyc',
      status: ['running', 'stopped'],
      owner: ['a', 'b'],
      version: 4,
      via: 'helm',
      flagged: false,
      note: 'n'.repeat(30),
    });
  });

  it('writes in one key order, leaves defaults out and keeps keys it does not own', () => {
    const params: Params = {
      ...codec.defaults,
      page: 2,
      sort: 'size',
      status: ['stopped', 'running'],
      q: ' kyc ',
    };
    expect(write(params, 'tab=x&page=9&q=old')).toBe(
      'tab=x&q=kyc&status=running&status=stopped&sort=size&page=2',
    );
    expect(codec.ownKeys).toEqual([
      'q',
      ...Object.keys(filters),
      'sort',
      'order',
      'page',
      'pageSize',
    ]);
  });

  it('says which URLs it would write otherwise, keeping defaults written out', () => {
    const normalize = (qs: string) => codec.normalize(new URLSearchParams(qs))?.toString();
    expect(normalize('page=1&pageSize=25&sort=name&order=asc&status=failed&status=running')).toBe(
      undefined,
    );
    expect(normalize('page=abc&sort=nope&pageSize=100000&tab=x')).toBe('tab=x');
    expect(normalize('tab=x&status=failed&status=failed&page=1')).toBe('tab=x&status=failed');
    expect(normalize('q=%20kyc&flagged=maybe')).toBe('q=kyc');
  });

  it('cuts a long search without leaving half a character or a trailing space', () => {
    expect(parse(`q=${'x'.repeat(99)}%20y`).q).toBe('x'.repeat(99));
    expect(parse(`q=${'x'.repeat(99)}${encodeURIComponent('😀')}`).q).toBe('x'.repeat(99));
    expect(parse(`q=${'x'.repeat(500)}`).q).toHaveLength(100);
  });

  it('knows active filters, clears them keeping sort and page size, and toggles sorts', () => {
    const sorted: Params = { ...codec.defaults, pageSize: 50, sort: 'size', order: 'desc' };
    expect(codec.hasActiveFilters(sorted)).toBe(false);
    expect(codec.hasActiveFilters({ ...sorted, status: [], q: '' })).toBe(false);
    for (const filter of [{ q: 'a' }, { status: ['failed' as const] }, { flagged: false }])
      expect(codec.hasActiveFilters({ ...sorted, ...filter })).toBe(true);
    expect(codec.clearFilters({ ...sorted, page: 4, version: 2, owner: ['a'] })).toEqual({
      ...sorted,
      page: 1,
    });
    expect(codec.nextSort(sorted, 'size')).toEqual({ sort: 'size', order: 'asc' });
    expect(codec.nextSort(sorted, 'name')).toEqual({ sort: 'name', order: 'asc' });
    expect(codec.nextSort(sorted, 'updatedAt')).toEqual({ sort: 'updatedAt', order: 'desc' });
  });
});

describe('applyToggles', () => {
  it('applies a multi-select’s ticks to the latest value, not to what it last showed', () => {
    // Shown [], ticked "a"; the URL already has "b" from a tick not yet rendered.
    expect(applyToggles(['b'], [], ['a'])).toEqual(['b', 'a']);
    // Shown ["a", "b"], unticked "a".
    expect(applyToggles(['a', 'b', 'c'], ['a', 'b'], ['b'])).toEqual(['b', 'c']);
    expect(applyToggles(undefined, [], ['a'])).toEqual(['a']);
    expect(applyToggles(['a'], ['a'], [])).toBeUndefined();
    expect(applyToggles(['a'], [], ['a'])).toEqual(['a']);
  });
});

describe('definePagedParams', () => {
  const inbox = definePagedParams({
    filters: { category: oneOf(['message', 'work']) },
    sizes: [10, 25, 50],
    defaultSize: 25,
  });

  it('pages with its own sizes and no sort or search', () => {
    const read = (qs: string) => inbox.parse(new URLSearchParams(qs));
    expect(read('pageSize=10&page=2&category=work&sort=name&q=x')).toEqual({
      page: 2,
      pageSize: 10,
      category: 'work',
    });
    expect(read('pageSize=100&category=news')).toEqual({ page: 1, pageSize: 25 });
    expect(inbox.serialize({ page: 1, pageSize: 25, category: 'message' }).toString()).toBe(
      'category=message',
    );
  });
});

/** A string the text kind keeps as it is: trimmed, not blank, short enough. */
const text = (max: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: max })
    .filter((s) => s.length <= max && s.trim() === s && s !== '');

const validState: fc.Arbitrary<Params> = fc.record(
  {
    page: fc.integer({ min: 1, max: 999_999_999 }),
    pageSize: fc.constantFrom(...PAGE_SIZES),
    sort: fc.constantFrom(...sorts),
    order: fc.constantFrom('asc' as const, 'desc' as const),
    q: text(100),
    status: fc.subarray([...statuses], { minLength: 1 }),
    owner: fc
      .uniqueArray(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((s) => s.length <= 20),
        { minLength: 1, maxLength: 5 },
      )
      .map((ids) => ids.sort()),
    version: fc.integer({ min: 1, max: 999_999_999 }),
    via: fc.constantFrom('helm' as const, 'service' as const),
    flagged: fc.boolean(),
    note: text(30),
  } satisfies { [K in keyof Required<Params>]: fc.Arbitrary<unknown> },
  { requiredKeys: ['page', 'pageSize', 'sort', 'order'] },
);

const ownKeyOrJunk = fc.oneof(fc.constantFrom(...codec.ownKeys), fc.string());
const anyQuery = fc
  .array(fc.tuple(ownKeyOrJunk, fc.string({ unit: 'binary' })), { maxLength: 16 })
  .map((pairs) => new URLSearchParams(pairs));

describe('list params properties', () => {
  it('parse ∘ serialise is the identity on every valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(codec.parse(codec.serialize(state))).toEqual(state);
      }),
    );
  });

  it('any query string parses, without throwing, to a state within bounds', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const params = codec.parse(search);
        expect(Number.isInteger(params.page) && params.page >= 1).toBe(true);
        expect(PAGE_SIZES).toContain(params.pageSize);
        expect(sorts).toContain(params.sort);
        expect(params.q === undefined || (params.q !== '' && params.q.length <= 100)).toBe(true);
      }),
    );
  });

  it('a normalised URL needs no more normalising, nor does any valid state written out', () => {
    fc.assert(
      fc.property(anyQuery, validState, (search, state) => {
        expect(codec.normalize(codec.normalize(search) ?? search)).toBeUndefined();
        expect(codec.normalize(codec.serialize(state))).toBeUndefined();
      }),
    );
  });

  it('serialise ∘ parse is idempotent and keeps keys the list does not own', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const once = codec.serialize(codec.parse(search), search);
        const twice = codec.serialize(codec.parse(once), once);
        expect(twice.toString()).toBe(once.toString());
        const foreign = (s: URLSearchParams) =>
          [...s].filter(([key]) => !codec.ownKeys.includes(key));
        expect(foreign(once)).toEqual(foreign(search));
      }),
    );
  });
});
