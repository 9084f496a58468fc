import fc from 'fast-check';
import type { AppVersionStatus } from '@/contract/self-hosted';
import { activeOf, directionOf, isUpdateAvailable, transition, type VersionEvent } from './rules';
import { ACTIVE, EARLIER, NEWER, statusOf, versions } from '@/testing/rules-test-utils';

describe('work ending', () => {
  const ends = [
    'registration-succeeded',
    'registration-failed',
    'switch-succeeded',
    'switch-failed',
  ] as const;
  const from: Record<(typeof ends)[number], AppVersionStatus> = {
    'registration-succeeded': 'registering',
    'registration-failed': 'registering',
    'switch-succeeded': 'switching',
    'switch-failed': 'switching',
  };
  const result: Record<(typeof ends)[number], AppVersionStatus> = {
    'registration-succeeded': 'registered',
    'registration-failed': 'failed',
    'switch-succeeded': 'active',
    'switch-failed': 'failed',
  };
  const statuses: AppVersionStatus[] = [
    'available',
    'registering',
    'registered',
    'switching',
    'inactive',
    'failed',
  ];

  it.each(ends.flatMap((end) => statuses.map((status) => [end, status] as const)))(
    '%s on a version that is %s',
    (end, status) => {
      const outcome = transition(versions({ [NEWER]: status }), { type: end, version: NEWER });
      expect(statusOf(outcome, NEWER)).toBe(status === from[end] ? result[end] : 'out-of-order');
    },
  );

  it('a switch that succeeds makes the new version the only active one, the old one inactive', () => {
    const outcome = transition(versions({ [NEWER]: 'switching' }), {
      type: 'switch-succeeded',
      version: NEWER,
    });
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.versions).toEqual([
      { version: EARLIER, status: 'inactive', wasActive: true },
      { version: ACTIVE, status: 'inactive', wasActive: true },
      { version: NEWER, status: 'active', wasActive: true },
    ]);
  });

  it('never ends the work of the active version', () => {
    for (const type of ends) {
      expect(statusOf(transition(versions(), { type, version: ACTIVE }), ACTIVE)).toBe(
        'out-of-order',
      );
    }
  });
});

describe('invariants', () => {
  const anyEvent = fc.oneof(
    fc.record({
      type: fc.constantFrom(
        'register',
        'withdraw',
        'registration-succeeded',
        'registration-failed',
        'switch-succeeded',
        'switch-failed',
      ),
      version: fc.constantFrom(EARLIER, ACTIVE, NEWER),
    }),
    fc.record({
      type: fc.constant('confirm'),
      version: fc.constantFrom(EARLIER, ACTIVE, NEWER),
      direction: fc.constantFrom('update', 'reactivate'),
    }),
  ) as fc.Arbitrary<VersionEvent>;

  it('keeps exactly one active version and at most one registration, whatever happens', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        let state = versions();
        for (const e of events) {
          const outcome = transition(state, e);
          if (!outcome.ok) continue;
          state = outcome.versions;
          expect(state.filter((v) => v.status === 'active')).toHaveLength(1);
          expect(
            state.filter((v) => ['registering', 'registered', 'switching'].includes(v.status))
              .length,
          ).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('helpers', () => {
  it('tells the direction of a switch by semantic version order', () => {
    expect(directionOf('2.10.0', '2.9.1')).toBe('update');
    expect(directionOf('2.9.1', '2.10.0')).toBe('reactivate');
    expect(directionOf('2.9.1', '2.9.1')).toBeNull();
  });

  it('sees an update when a version newer than the active one exists', () => {
    expect(isUpdateAvailable(versions())).toBe(true);
    expect(isUpdateAvailable(versions().filter((v) => v.version !== NEWER))).toBe(false);
  });

  it('treats anything but exactly one active version as a bug', () => {
    expect(() => activeOf(versions({ [ACTIVE]: 'inactive' }))).toThrow(/found 0/);
    expect(() => activeOf(versions({ [NEWER]: 'active' }))).toThrow(/found 2/);
  });
});
