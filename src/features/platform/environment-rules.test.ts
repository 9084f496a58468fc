import fc from 'fast-check';
import { compareVersions } from '@/lib/version-compare';
import { canStage, zeroDowntimeBlocker } from './environment-rules';

const version = fc
  .tuple(fc.integer({ min: 9, max: 11 }), fc.nat({ max: 3 }), fc.nat({ max: 2 }))
  .map((parts) => parts.join('.'));

const zone = fc.record({
  name: fc.string({ minLength: 1, maxLength: 8 }),
  frontEnds: fc.array(fc.record({ name: fc.string(), enabled: fc.boolean() }), { maxLength: 4 }),
});

describe('canStage', () => {
  it('holds iff both environments are on the same version, either way round', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(canStage(a, b)).toBe(compareVersions(a, b) === 0);
        expect(canStage(a, b)).toBe(canStage(b, a));
      }),
    );
    expect(canStage('11', '11.0.0')).toBe(true);
  });
});

describe('zeroDowntimeBlocker', () => {
  it('is null iff every zone has at least two front-ends', () => {
    fc.assert(
      fc.property(fc.array(zone, { minLength: 1, maxLength: 4 }), (zones) => {
        const allowed = zones.every((z) => z.frontEnds.length >= 2);
        expect(zeroDowntimeBlocker(zones) === null).toBe(allowed);
      }),
    );
  });

  it('names the first zone short of front-ends', () => {
    const fe = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `fe${String(i)}`, enabled: true }));
    expect(
      zeroDowntimeBlocker([
        { name: 'Zone A', frontEnds: fe(2) },
        { name: 'Zone B', frontEnds: fe(1) },
      ]),
    ).toBe('Zone B');
    expect(zeroDowntimeBlocker([])).toBe('no zone');
  });
});
