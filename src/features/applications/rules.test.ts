import fc from 'fast-check';
import { isUpgradeAvailable, nextApplicationVersion, upgradeTargets } from './rules';

describe('nextApplicationVersion', () => {
  // The seed's table: released project versions 1, 2, 4, 10 deploy as application versions 1..4.
  it.each([
    [[1], 1],
    [[1, 2], 2],
    [[1, 2, 4], 3],
    [[1, 2, 4, 10], 4],
  ])(
    'deploying project versions %j in turn ends at application version %i',
    (projectVersions, expected) => {
      let applicationVersion = 1;
      for (let i = 1; i < projectVersions.length; i++) {
        applicationVersion = nextApplicationVersion(applicationVersion);
      }
      expect(applicationVersion).toBe(expected);
    },
  );

  it('does not depend on how far the project version jumps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (v) => nextApplicationVersion(v) === v + 1),
    );
  });
});

describe('upgradeTargets', () => {
  it('offers only released versions higher than the deployed one, ascending', () => {
    expect(upgradeTargets([10, 1, 4, 2], 2)).toEqual([4, 10]);
    expect(upgradeTargets([1, 2, 4, 10], 10)).toEqual([]);
  });

  it('never offers the deployed version or a lower one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 })),
        fc.integer({ min: 1, max: 50 }),
        (released, deployed) => {
          const targets = upgradeTargets(released, deployed);
          expect(targets.every((t) => t > deployed && released.includes(t))).toBe(true);
          expect(targets.length > 0).toBe(isUpgradeAvailable(released, deployed));
        },
      ),
    );
  });
});
