import fc from 'fast-check';
import { compareVersions } from '@/lib/version-compare';
import { crossedChanges, crossedReleases } from './releases';

/** Versions as OutSystems spells them: 9.1, 10, 11, 11.12.0. */
const version = fc.oneof(
  fc
    .tuple(fc.integer({ min: 9, max: 12 }), fc.nat({ max: 3 }))
    .map(([a, b]) => `${String(a)}.${String(b)}`),
  fc.integer({ min: 9, max: 12 }).map(String),
  fc
    .tuple(fc.constant(11), fc.nat({ max: 20 }), fc.nat({ max: 4 }))
    .map((parts) => parts.join('.')),
);

/** Distinct releases (by value: 11 and 11.0.0 are one version), each with one change. */
const releases = fc
  .uniqueArray(version, {
    selector: (v) => v.split('.').concat(['0', '0']).slice(0, 3).map(Number).join('.'),
    maxLength: 12,
  })
  .map((vs) =>
    vs.map((v) => ({
      version: v,
      breakingChanges: [
        {
          id: `bc-${v}`,
          version: v,
          title: v,
          detail: '',
          kind: 'breaking-change' as const,
          area: 'x',
        },
      ],
    })),
  );

const ascending = (list: readonly { version: string }[]) =>
  list.every((r, i) => i === 0 || compareVersions(list[i - 1]?.version ?? '', r.version) < 0);

describe('crossedReleases', () => {
  it('is every release in (from, to], oldest first', () => {
    fc.assert(
      fc.property(releases, version, version, (all, from, to) => {
        const crossed = crossedReleases(all, from, to);
        expect(ascending(crossed)).toBe(true);
        for (const r of all) {
          const inside =
            compareVersions(r.version, from) > 0 && compareVersions(r.version, to) <= 0;
          expect(crossed.includes(r)).toBe(inside);
        }
      }),
    );
  });

  it('a → b followed by b → c crosses what a → c crosses', () => {
    fc.assert(
      fc.property(releases, fc.tuple(version, version, version), (all, triple) => {
        const [a, b, c] = [...triple].sort(compareVersions);
        if (a === undefined || b === undefined || c === undefined) return;
        expect([...crossedReleases(all, a, b), ...crossedReleases(all, b, c)]).toEqual(
          crossedReleases(all, a, c),
        );
      }),
    );
  });

  it('reads 9.1 → 11 as the seed does: the breaking changes of 10 and 11', () => {
    const all = ['9.1', '10', '11', '11.10.0', '11.19.0'].map((v) => ({
      version: v,
      breakingChanges: [
        { id: v, version: v, title: v, detail: '', kind: 'breaking-change' as const, area: 'x' },
      ],
    }));
    expect(crossedChanges(all, '9.1', '11').map((c) => c.version)).toEqual(['10', '11']);
    expect(crossedReleases(all, '11.10.0', '11.19.0').map((r) => r.version)).toEqual(['11.19.0']);
    expect(crossedReleases(all, '11.19.0', '11.10.0')).toEqual([]);
  });
});
