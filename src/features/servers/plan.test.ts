import fc from 'fast-check';
import type { ServerRelease } from '@/contract/servers';
import { compareVersions } from '@/lib/version-compare';
import { IMAGES_FOLLOW_PACKAGE_AFTER, planServerUpgrade } from './plan';

const SERVICES = ['web', 'api', 'build', 'store'];
const version = fc
  .tuple(fc.integer({ min: 3, max: 4 }), fc.integer({ min: 6, max: 9 }), fc.nat({ max: 3 }))
  .map((parts) => parts.join('.'));
const hash = fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256:${h}`);

const release = (v: string) =>
  fc.record({
    version: fc.constant(v),
    publishedAt: fc.constant('2026-10-01T00:00:00.000Z'),
    notes: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 2 }),
    newSubdomains: fc.array(
      fc.record({ service: fc.constantFrom(...SERVICES), host: fc.domain() }),
      { maxLength: 1 },
    ),
    configOptions: fc.array(
      fc.record({
        key: fc.string({ minLength: 1 }),
        description: fc.string(),
        example: fc.string(),
      }),
      { maxLength: 1 },
    ),
    minRunnerVersion: fc.option(version, { nil: null }),
    packageUpdates: fc.array(
      fc.record({ name: fc.constantFrom('docker', 'yq', 'jq'), version: fc.string() }),
      { maxLength: 2 },
    ),
    images: fc
      .tuple(...SERVICES.map(() => fc.tuple(fc.string({ maxLength: 6 }), hash)))
      .map((images) =>
        images.map(([tag, h], i) => ({
          service: SERVICES[i] ?? '',
          image: `appcircle/${SERVICES[i] ?? ''}`,
          tag,
          hash: h,
        })),
      ),
  }) satisfies fc.Arbitrary<ServerRelease>;

const releases = fc
  .uniqueArray(version, { minLength: 1, maxLength: 8 })
  .chain((versions) => fc.tuple(...versions.map(release)));
const runners = fc.array(fc.record({ name: fc.string(), version }), { maxLength: 4 });

/** Three versions from the releases, in any order. */
const world = releases.chain((rs) =>
  fc.record({
    releases: fc.constant(rs),
    runners,
    a: fc.constantFrom(...rs.map((r) => r.version)),
    b: fc.constantFrom(...rs.map((r) => r.version)),
    c: fc.constantFrom(...rs.map((r) => r.version)),
  }),
);

const max = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : compareVersions(a, b) >= 0 ? a : b;

describe('planServerUpgrade', () => {
  it('is a downgrade exactly when the target is lower than the current version', () => {
    fc.assert(
      fc.property(world, ({ releases: rs, runners: rn, a, b }) => {
        const plan = planServerUpgrade(a, b, rs, rn);
        expect(plan.direction === 'downgrade').toBe(compareVersions(b, a) < 0);
        expect(plan.direction === 'same').toBe(a === b);
      }),
    );
  });

  it('crosses each release once, and a→b then b→c says what a→c says', () => {
    fc.assert(
      fc.property(world, ({ releases: rs, runners: rn, a, b, c }) => {
        const [low, mid, high] = [a, b, c].sort(compareVersions) as [string, string, string];
        const ab = planServerUpgrade(low, mid, rs, rn);
        const bc = planServerUpgrade(mid, high, rs, rn);
        const ac = planServerUpgrade(low, high, rs, rn);
        expect(new Set(ac.crossed).size).toBe(ac.crossed.length);
        expect(ac.crossed).toEqual([...ab.crossed, ...bc.crossed]);
        expect(ac.notes).toEqual([...ab.notes, ...bc.notes]);
        expect(ac.configOptions).toEqual([...ab.configOptions, ...bc.configOptions]);
        expect(ac.newSubdomains).toEqual([...ab.newSubdomains, ...bc.newSubdomains]);
        expect(ac.minRunnerVersion).toBe(max(ab.minRunnerVersion, bc.minRunnerVersion));
        const below = new Set([...ab.runnersBelow, ...bc.runnersBelow]);
        expect(new Set(ac.runnersBelow)).toEqual(below);
        const lastOfEach = new Map(
          [...ab.packageUpdates, ...bc.packageUpdates].map((u) => [u.name, u]),
        );
        expect(new Set(ac.packageUpdates)).toEqual(new Set(lastOfEach.values()));
      }),
    );
  });

  it('takes the highest minimum runner version crossed and flags every runner below it', () => {
    fc.assert(
      fc.property(world, ({ releases: rs, runners: rn, a, b }) => {
        const plan = planServerUpgrade(a, b, rs, rn);
        const crossedMinimums = rs
          .filter((r) => plan.direction === 'upgrade' && plan.crossed.includes(r.version))
          .map((r) => r.minRunnerVersion);
        expect(plan.minRunnerVersion).toBe(crossedMinimums.reduce(max, null));
        const min = plan.minRunnerVersion;
        for (const runner of rn) {
          const below = min !== null && compareVersions(runner.version, min) < 0;
          expect(plan.runnersBelow.includes(runner)).toBe(below);
        }
      }),
    );
  });

  it(`tags every image with the target version when the target is after ${IMAGES_FOLLOW_PACKAGE_AFTER}`, () => {
    fc.assert(
      fc.property(world, ({ releases: rs, runners: rn, a, b }) => {
        const plan = planServerUpgrade(a, b, rs, rn);
        if (compareVersions(b, IMAGES_FOLLOW_PACKAGE_AFTER) > 0) {
          for (const change of plan.imageChanges) expect(change.toTag).toBe(b);
        }
        if (a === b) expect(plan.imageChanges).toEqual([]);
      }),
    );
  });
});

describe('planServerUpgrade on the seed', () => {
  const image = (tag: string, h: string) => [
    { service: 'web', image: 'appcircle/web', tag, hash: `sha256:${h.repeat(64)}` },
  ];
  const seed = (v: string, extra: Partial<ServerRelease>, h: string): ServerRelease => ({
    version: v,
    publishedAt: '2026-10-01T00:00:00.000Z',
    notes: [],
    newSubdomains: [],
    configOptions: [],
    minRunnerVersion: null,
    packageUpdates: [],
    images: image('ignored', h),
    ...extra,
  });
  const rs = [
    seed('3.7.1', {}, 'a'),
    seed('3.7.2', {}, 'b'),
    seed('3.8.0', { minRunnerVersion: '3.8.0', notes: ['Runners before 3.8.0 cannot build'] }, 'c'),
    seed('3.8.1', { newSubdomains: [{ service: 'web', host: 'hook.spacetech.com' }] }, 'd'),
  ];
  const runners = [
    { name: 'mac-1', version: '3.8.2' },
    { name: 'linux-1', version: '3.7.9' },
  ];

  it('3.7.2 → 3.8.1 crosses 3.8.0 and 3.8.1, flags the subdomain and the old runner', () => {
    const plan = planServerUpgrade('3.7.2', '3.8.1', rs, runners);
    expect(plan).toMatchObject({
      direction: 'upgrade',
      crossed: ['3.8.0', '3.8.1'],
      minRunnerVersion: '3.8.0',
      runnersBelow: [{ name: 'linux-1' }],
      newSubdomains: [{ host: 'hook.spacetech.com', version: '3.8.1' }],
      imageChanges: [{ fromTag: '3.7.2', toTag: '3.8.1', toHash: `sha256:${'d'.repeat(64)}` }],
    });
  });

  it('3.8.1 → 3.7.2 is a downgrade that undoes 3.8.1 and 3.8.0 and asks nothing of runners', () => {
    const plan = planServerUpgrade('3.8.1', '3.7.2', rs, runners);
    expect(plan).toMatchObject({ direction: 'downgrade', crossed: ['3.8.1', '3.8.0'] });
    expect(plan.runnersBelow).toEqual([]);
    expect(plan.newSubdomains).toEqual([]);
  });

  it('a server whose images were never pulled plans the target alone', () => {
    const plan = planServerUpgrade(null, '3.8.1', rs, runners);
    expect(plan.crossed).toEqual(['3.8.1']);
    expect(plan.imageChanges[0]).toMatchObject({ fromHash: null, toTag: '3.8.1' });
  });

  it('refuses an unknown target', () => {
    expect(() => planServerUpgrade('3.7.2', '9.9.9', rs, runners)).toThrow('Unknown release');
  });
});
