import fc from 'fast-check';
import {
  canonicalVersion,
  compareVersions,
  isVersion,
  latestVersionOf,
  parseVersion,
  sortVersionsNewestFirst,
  suggestNextVersion,
  versionsAfter,
} from './version-compare';

const segment = fc.integer({ min: 0, max: 40 });
const segments = fc.array(segment, { minLength: 1, maxLength: 4 });
const version = segments.map((parts) => parts.join('.'));

/** Numeric segments, padded with zeros to the same length, compared as a tuple. */
function expected(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

describe('compareVersions', () => {
  it('orders 1.10 > 1.9 > 1.1 > 1.0, as numbers and not as text', () => {
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('1.9', '1.1')).toBe(1);
    expect(compareVersions('1.1', '1.0')).toBe(1);
    expect(compareVersions('1.0', '1.10')).toBe(-1);
    expect(compareVersions('2.0', '1.99')).toBe(1);
    expect(sortVersionsNewestFirst(['1.0', '1.10', '1.1', '1.9', '1.2'])).toEqual([
      '1.10',
      '1.9',
      '1.2',
      '1.1',
      '1.0',
    ]);
  });

  it('counts a missing segment as 0', () => {
    expect(compareVersions('1.1', '1.1.0')).toBe(0);
    expect(compareVersions('1', '1.0.0.0')).toBe(0);
    expect(compareVersions('1.1.1', '1.1')).toBe(1);
    expect(canonicalVersion('1.10.0.0')).toBe('1.10');
  });

  it('is consistent with the numeric segments', () => {
    fc.assert(
      fc.property(segments, segments, (a, b) => {
        expect(compareVersions(a.join('.'), b.join('.'))).toBe(expected(a, b));
      }),
    );
  });

  it('is antisymmetric: a < b exactly when b > a, and equal only for one canonical version', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(compareVersions(a, b)).toBe(-compareVersions(b, a) || 0);
        const same = compareVersions(a, b) === 0;
        expect(same).toBe(canonicalVersion(a) === canonicalVersion(b));
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) {
          expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('is total: any two versions compare, and sorting gives the same order whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(version, { maxLength: 12 }), (list) => {
        const sorted = sortVersionsNewestFirst(list);
        const again = sortVersionsNewestFirst([...list].reverse()).map(canonicalVersion);
        expect(sorted.map(canonicalVersion)).toEqual(again);
        for (let i = 1; i < sorted.length; i++) {
          expect(compareVersions(sorted[i - 1] ?? '', sorted[i] ?? '')).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('version numbers', () => {
  it.each(['1', '1.0', '1.10', '0.1', '10.20.30.40'])('accepts %s', (v) => {
    expect(isVersion(v)).toBe(true);
  });

  it.each(['', 'v1.0', '1.', '.1', '1..0', '01.0', '1.02', '1.0-rc.1', '1.2.3.4.5', ' 1.0'])(
    'refuses "%s"',
    (v) => {
      expect(isVersion(v)).toBe(false);
      expect(() => parseVersion(v)).toThrow('Not a version');
    },
  );

  it('finds the latest, the versions after one, and suggests the next', () => {
    const all = ['1.0', '1.1', '1.9', '1.10', '1.2'];
    expect(latestVersionOf(all)).toBe('1.10');
    expect(latestVersionOf([])).toBeUndefined();
    expect(versionsAfter(all, '1.2')).toEqual(['1.10', '1.9']);
    expect(suggestNextVersion('1.9')).toBe('1.10');
    expect(suggestNextVersion('2')).toBe('3');
  });
});
