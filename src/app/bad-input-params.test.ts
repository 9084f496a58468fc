import fc from 'fast-check';
import { applicationsCodec } from '@/features/applications/list-params';
import { normalizeInboxSearch, parseInboxParams } from '@/features/inbox/inbox-params';
import { selfHostedCodec } from '@/features/self-hosted/list-params';
import { parseDiffPageParams } from '@/features/templates/components/diff/diff-page-params';
import { defaultDiffViewOptions } from '@/features/templates/components/diff/diff-view-options';
import {
  installedCodec,
  parseInstalledParams,
} from '@/features/templates/components/installed/installed-params';
import { parseRollbackParams } from '@/features/templates/components/rollback/rollback-params';
import {
  parseTemplatesParams,
  templatesCodec,
} from '@/features/templates/components/templates/templates-params';
import { parseUpgradePageParams } from '@/features/templates/components/upgrade/upgrade-page-params';

/**
 * The URL codecs of every screen, fed what a hostile or careless link carries: markup, a
 * javascript: URL, RTL overrides, zero-width characters, 10,000 characters, numbers out of range.
 * None throws; everything it cannot use falls back to its default. (In src/app: the one layer
 * allowed to import every feature.)
 */

const hostile = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  '<svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
  'مرحبا \u200B\u202Egpj\uFEFF.exe שלום',
  'x'.repeat(10_000),
  '1e308',
  'Infinity',
  '-1',
  '0',
  '1.5',
  '0x10',
  ' 2 ',
  '',
];

const COMPONENT_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Every key of every codec, set to the same value. */
const KEYS = [
  'q',
  'status',
  'project',
  'projectVersion',
  'applicationVersion',
  'deployedVia',
  'upgradeAvailable',
  'updateAvailable',
  'sort',
  'order',
  'page',
  'pageSize',
  'category',
  'from',
  'to',
  'view',
  'ws',
  'filter',
  'unchanged',
  'expanded',
  'components',
  'confirm',
  'operation',
];
const { defaults: selfHostedDefaults, parse: parseSelfHostedParams } = selfHostedCodec;
const allKeys = (value: string) => new URLSearchParams(KEYS.map((key) => [key, value]));
/** The search a list keeps from its URL: trimmed, at most 100 characters, absent when empty. */
const searchOf = (value: string) => value.trim().slice(0, 100) || undefined;
const withSearch = <T extends object>(defaults: T, value: string) => {
  const q = searchOf(value);
  return q === undefined ? defaults : { ...defaults, q };
};

describe.each(hostile.map((value) => [JSON.stringify(value.slice(0, 40)), value]))(
  'every key set to %s',
  (_, value) => {
    it('lists fall back to their defaults and keep the search as text', () => {
      // An unknown project id is kept: the server answers it with a 400 that names it.
      const { project, ...applications } = applicationsCodec.parse(allKeys(value));
      expect(applications).toEqual(withSearch(applicationsCodec.defaults, value));
      expect(project ?? []).toEqual(value === '' || value.length > 100 ? [] : [value]);
      expect(parseSelfHostedParams(allKeys(value))).toEqual(withSearch(selfHostedDefaults, value));
      const listDefaults = { page: 1, pageSize: 25, sort: 'name', order: 'asc' };
      expect(parseTemplatesParams(allKeys(value))).toEqual(withSearch(listDefaults, value));
      expect(parseInstalledParams(allKeys(value))).toEqual(withSearch(listDefaults, value));
    });

    it('the inbox falls back to all categories, the first page and 25 a page', () => {
      for (const box of ['inbox', 'archived'] as const) {
        expect(parseInboxParams(box, allKeys(value))).toEqual({
          box,
          category: 'all',
          page: 1,
          pageSize: 25,
        });
      }
    });

    it('diff, upgrade and rollback pages keep versions as text and drop what they cannot use', () => {
      const version = value.trim() || null;
      // "0", "2" or "1e308" could name a component; nothing else could.
      const names = COMPONENT_NAME.test(value.trim()) ? [value.trim()] : [];
      const options = { ...defaultDiffViewOptions, expanded: names };
      expect(parseDiffPageParams(allKeys(value))).toEqual({ from: version, to: version, options });
      expect(parseUpgradePageParams(allKeys(value))).toMatchObject({
        to: version,
        components: names,
        confirm: false,
        options,
      });
      const rollback = parseRollbackParams(allKeys(value));
      expect(rollback.confirm).toBe(false);
      expect(rollback.operation === null || /^[\w.-]{1,100}$/.test(rollback.operation)).toBe(true);
    });
  },
);

it('no query string, however strange, makes a codec throw or leave its bounds', () => {
  const query = fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.string({ unit: 'binary' })), {
    maxLength: 12,
  });
  fc.assert(
    fc.property(query, (pairs) => {
      const search = new URLSearchParams(pairs);
      for (const params of [
        applicationsCodec.parse(search),
        parseSelfHostedParams(search),
        parseTemplatesParams(search),
        parseInstalledParams(search),
      ]) {
        expect(Number.isInteger(params.page) && params.page >= 1).toBe(true);
        expect([25, 50, 100]).toContain(params.pageSize);
        expect(params.q === undefined || (params.q !== '' && params.q.length <= 100)).toBe(true);
      }
      const inbox = parseInboxParams('inbox', search);
      expect(Number.isInteger(inbox.page) && inbox.page >= 1).toBe(true);
      parseDiffPageParams(search);
      parseUpgradePageParams(search);
      parseRollbackParams(search);
    }),
    { numRuns: 300 },
  );
});

/** What the list route does to a URL: once normalised, there is nothing more to normalise. */
function expectSettles(normalize: (search: URLSearchParams) => URLSearchParams | undefined) {
  return (search: URLSearchParams) => {
    expect(normalize(normalize(search) ?? search)).toBeUndefined();
  };
}

it('every list normalises a URL in one step, so the list route never redirects twice', () => {
  const query = fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.string({ unit: 'binary' })), {
    maxLength: 12,
  });
  const checks = [applicationsCodec, selfHostedCodec, templatesCodec, installedCodec]
    .map((codec) => expectSettles(codec.normalize))
    .concat(
      (['inbox', 'archived'] as const).map((box) =>
        expectSettles((search) => normalizeInboxSearch(box, search)),
      ),
    );
  fc.assert(
    fc.property(query, (pairs) => {
      for (const check of checks) check(new URLSearchParams(pairs));
    }),
    { numRuns: 300 },
  );
});
