import { AppVersionStatus, type AppVersionAction } from '@/contract/self-hosted';
import { activeOf, transition, versionActions } from './rules';
import { ACTIVE, EARLIER, event, NEWER, statusOf, versions } from '@/testing/rules-test-utils';

type Row = [AppVersionStatus, string, Record<AppVersionAction, string>];

// Every status a version can have, every action on it: the new status, or the refusal's code.
const table: Row[] = [
  [
    'available',
    NEWER,
    {
      register: 'registering',
      withdraw: 'not-registered',
      'confirm-update': 'not-registered',
      'confirm-reactivate': 'not-registered',
    },
  ],
  [
    'registering',
    NEWER,
    {
      register: 'registration-running',
      withdraw: 'registration-running',
      'confirm-update': 'registration-running',
      'confirm-reactivate': 'registration-running',
    },
  ],
  [
    'registered',
    NEWER,
    {
      register: 'already-registered',
      withdraw: 'available',
      'confirm-update': 'switching',
      'confirm-reactivate': 'wrong-direction',
    },
  ],
  [
    'registered',
    EARLIER,
    {
      register: 'already-registered',
      withdraw: 'inactive',
      'confirm-update': 'wrong-direction',
      'confirm-reactivate': 'switching',
    },
  ],
  [
    'switching',
    NEWER,
    {
      register: 'switch-running',
      withdraw: 'switch-running',
      'confirm-update': 'switch-running',
      'confirm-reactivate': 'switch-running',
    },
  ],
  [
    'active',
    ACTIVE,
    {
      register: 'is-active',
      withdraw: 'not-registered',
      'confirm-update': 'is-active',
      'confirm-reactivate': 'is-active',
    },
  ],
  [
    'inactive',
    EARLIER,
    {
      register: 'registering',
      withdraw: 'not-registered',
      'confirm-update': 'not-registered',
      'confirm-reactivate': 'not-registered',
    },
  ],
  [
    'failed',
    NEWER,
    {
      register: 'registering',
      withdraw: 'not-registered',
      'confirm-update': 'not-registered',
      'confirm-reactivate': 'not-registered',
    },
  ],
];

describe('the version status machine', () => {
  describe.each(table)('a version that is %s (%s)', (status, version, expected) => {
    const state = versions(status === 'active' ? {} : { [version]: status });

    it.each(Object.entries(expected))('%s → %s', (action, outcome) => {
      const result = transition(state, event[action as AppVersionAction](version));
      expect(statusOf(result, version)).toBe(outcome);
      if (result.ok) expect(activeOf(result.versions).version).toBe(ACTIVE);
    });

    it('offers exactly the actions the machine allows, with reasons for the others', () => {
      const { actions, unavailable } = versionActions(state, version);
      const allowed = Object.entries(expected)
        .filter(([, outcome]) => AppVersionStatus.options.includes(outcome as AppVersionStatus))
        .map(([action]) => action);
      expect(actions).toEqual(allowed);
      expect(unavailable.map((u) => [u.action, u.code])).toEqual(
        Object.entries(expected).filter(([action]) => !allowed.includes(action)),
      );
      for (const u of unavailable) expect(u.reason).toContain(version);
    });
  });

  it('allows one registration at a time, naming the one already there', () => {
    for (const other of ['registering', 'registered'] as const) {
      const result = transition(versions({ [NEWER]: other }), event.register(EARLIER));
      expect(result).toMatchObject({
        ok: false,
        refusal: { code: 'registration-exists', title: 'Another version is registered for test' },
      });
      if (!result.ok)
        expect(result.refusal.message).toMatch(/^2\.10\.0 is (being|already) registered/);
    }
  });

  it('refuses every action on every other version while a switch runs', () => {
    const state = versions({ [NEWER]: 'switching' });
    for (const version of [EARLIER, ACTIVE]) {
      for (const action of Object.keys(event) as AppVersionAction[]) {
        const result = transition(state, event[action](version));
        expect(result).toMatchObject({ ok: false, refusal: { code: 'switch-running' } });
        if (!result.ok) expect(result.refusal.message).toContain('switch to 2.10.0');
      }
    }
  });

  it('names the right Confirm in a wrong-direction refusal', () => {
    const update = transition(
      versions({ [EARLIER]: 'registered' }),
      event['confirm-update'](EARLIER),
    );
    expect(update).toMatchObject({
      ok: false,
      refusal: {
        title: 'Confirm Update is for newer versions',
        message: expect.stringContaining('use Confirm Reactivate') as string,
      },
    });
    const reactivate = transition(
      versions({ [NEWER]: 'registered' }),
      event['confirm-reactivate'](NEWER),
    );
    expect(reactivate).toMatchObject({
      ok: false,
      refusal: {
        title: 'Confirm Reactivate is for earlier versions',
        message: expect.stringContaining('use Confirm Update') as string,
      },
    });
  });

  it('refuses a version that does not exist', () => {
    for (const action of Object.keys(event) as AppVersionAction[]) {
      expect(transition(versions(), event[action]('9.9.9'))).toMatchObject({
        ok: false,
        refusal: {
          code: 'unknown-version',
          message: 'No version 9.9.9 exists for this application.',
        },
      });
    }
  });
});
