import fc from 'fast-check';
import { compareVersions, isSemanticVersion, newestFirst, newestOf } from './version-order';

describe('compareVersions', () => {
  it.each([
    ['2.10.0', '2.9.1'],
    ['2.9.10', '2.9.9'],
    ['10.0.0', '9.99.99'],
    ['1.0.0', '1.0.0-rc.1'],
    ['1.0.0-rc.2', '1.0.0-rc.1'],
    ['1.0.0-rc.10', '1.0.0-rc.9'],
    ['1.0.0-beta', '1.0.0-alpha.1'],
    ['1.0.0-alpha.1', '1.0.0-alpha'],
    ['1.0.0-alpha.beta', '1.0.0-alpha.1'],
  ])('%s is later than %s', (later, earlier) => {
    expect(compareVersions(later, earlier)).toBe(1);
    expect(compareVersions(earlier, later)).toBe(-1);
  });

  it('ignores build metadata', () => {
    expect(compareVersions('1.2.3+build.7', '1.2.3')).toBe(0);
  });

  it('refuses what is not a semantic version', () => {
    expect(() => compareVersions('2.10', '2.9.1')).toThrow('Not a semantic version: "2.10"');
    expect(isSemanticVersion('2.10')).toBe(false);
    expect(isSemanticVersion('3.0.0-rc.1')).toBe(true);
  });

  it('orders like the numbers it is made of', () => {
    const part = fc.integer({ min: 0, max: 300 });
    fc.assert(
      fc.property(fc.tuple(part, part, part), fc.tuple(part, part, part), (a, b) => {
        const expected = Math.sign(a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
        expect(compareVersions(a.join('.'), b.join('.'))).toBe(expected);
      }),
    );
  });
});

describe('newest first', () => {
  it('sorts by version, not by text', () => {
    const sorted = newestFirst([{ version: '2.9.1' }, { version: '2.10.0' }, { version: '2.8.0' }]);
    expect(sorted.map((v) => v.version)).toEqual(['2.10.0', '2.9.1', '2.8.0']);
    expect(newestOf(['2.9.1', '2.10.0', '2.8.0'])).toBe('2.10.0');
    expect(newestOf([])).toBeUndefined();
  });
});
