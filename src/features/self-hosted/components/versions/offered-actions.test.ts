import { offeredActions } from './offered-actions';
import { appVersion } from '@/testing/versions-test-utils';

const summary = (v: Parameters<typeof offeredActions>[0]) =>
  offeredActions(v).map((o) => (o.reason ? `${o.label} (disabled: ${o.reason})` : o.label));

describe('offeredActions', () => {
  it('offers what the server allows, Confirm first', () => {
    expect(
      summary(appVersion({ status: 'registered', actions: ['withdraw', 'confirm-update'] })),
    ).toEqual(['Confirm Update', 'Withdraw registration']);
    expect(
      summary(
        appVersion({
          relation: 'earlier',
          status: 'registered',
          actions: ['withdraw', 'confirm-reactivate'],
        }),
      ),
    ).toEqual(['Confirm Reactivate', 'Withdraw registration']);
  });

  it('shows Register to Test disabled, with the reason, while another version holds the registration', () => {
    const reason = '5.1.0 is already registered for test. Withdraw its registration first.';
    expect(
      summary(
        appVersion({
          actions: [],
          unavailableActions: [
            { action: 'register', code: 'registration-exists', reason },
            { action: 'confirm-update', code: 'not-registered', reason: 'not registered' },
            { action: 'withdraw', code: 'not-registered', reason: 'not registered' },
          ],
        }),
      ),
    ).toEqual([`Register to Test (disabled: ${reason})`]);
  });

  it('shows the Confirm that fits and Withdraw disabled while its own registration runs', () => {
    const wait = 'still being registered';
    const refusals = (['withdraw', 'confirm-update', 'confirm-reactivate'] as const).map(
      (action) => ({ action, code: 'registration-running' as const, reason: wait }),
    );
    expect(
      summary(appVersion({ status: 'registering', actions: [], unavailableActions: refusals })),
    ).toEqual([`Confirm Update (disabled: ${wait})`, `Withdraw registration (disabled: ${wait})`]);
    expect(
      summary(
        appVersion({
          relation: 'earlier',
          status: 'registering',
          actions: [],
          unavailableActions: refusals,
        }),
      ),
    ).toEqual([
      `Confirm Reactivate (disabled: ${wait})`,
      `Withdraw registration (disabled: ${wait})`,
    ]);
  });

  it('does not show Register to Test on the version a switch is moving to', () => {
    expect(
      summary(
        appVersion({
          status: 'switching',
          actions: [],
          unavailableActions: [{ action: 'register', code: 'switch-running', reason: 'x' }],
        }),
      ),
    ).toEqual([]);
    expect(
      summary(
        appVersion({
          relation: 'earlier',
          status: 'inactive',
          actions: [],
          unavailableActions: [{ action: 'register', code: 'switch-running', reason: 'wait' }],
        }),
      ),
    ).toEqual(['Register to Test (disabled: wait)']);
  });

  it('offers nothing that only makes no sense: Confirm unregistered, the wrong direction, Register on the active one', () => {
    expect(
      summary(
        appVersion({
          actions: ['register'],
          unavailableActions: [
            { action: 'confirm-update', code: 'not-registered', reason: 'x' },
            { action: 'confirm-reactivate', code: 'wrong-direction', reason: 'x' },
            { action: 'withdraw', code: 'not-registered', reason: 'x' },
          ],
        }),
      ),
    ).toEqual(['Register to Test']);
    expect(
      summary(
        appVersion({
          relation: 'active',
          status: 'active',
          actions: [],
          unavailableActions: [{ action: 'register', code: 'switch-running', reason: 'x' }],
        }),
      ),
    ).toEqual([]);
  });
});
