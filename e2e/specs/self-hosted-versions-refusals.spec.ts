import { expect, personas, test } from '../fixtures';
import { waitForOperation } from '../support/operations-api';
import {
  postRegistration,
  postSwitch,
  registerForTest,
  startSwitch,
  storedApp,
} from '../support/self-hosted-api';
import { FAST } from '../support/simulator';

test.describe('self-hosted versions: refusals (409, 422)', () => {
  test.use({ allowedConsoleErrors: [/status of (409|422)/] });

  test('a second registration is refused naming the one already registered; withdraw it, then register', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await versions.goto('sh-001');
    await versions.action('2.10.0', 'Register to Test').click();
    const register = versions.dialogNamed('Register 2.10.0 to test?');
    await expect(register).toBeVisible();
    // Meanwhile, another tab registers 2.8.0.
    const other = await registerForTest(simulator, 'sh-001', '2.8.0');
    await waitForOperation(simulator, other.id);

    await register.getByRole('button', { name: 'Register to Test' }).click();
    await expect(versions.dialogProblem).toContainText('Another version is registered for test');
    await expect(versions.dialogProblem).toContainText(
      '2.8.0 is already registered for test. Only one version can be registered at a time: withdraw its registration first.',
    );
    await checkA11y(page, { name: 'register refused, another version registered' });
    await shot('register refused, another version registered');
    await versions.dialogProblem.getByRole('button', { name: 'Withdraw 2.8.0' }).click();
    await expect(register.getByRole('status')).toHaveText(
      'The registration of 2.8.0 was withdrawn. 2.10.0 can be registered to test now.',
    );
    await expect(register.getByRole('button', { name: 'Register to Test' })).toBeFocused();
    await register.getByRole('button', { name: 'Register to Test' }).click();
    await expect(register).toBeHidden();
    await versions.watchUntil('2.10.0', 'Registered for test');
    await expect(versions.status('2.8.0')).toHaveText('Inactive');
    expect(storedApp(await simulator.state(), 'sh-001').statuses).toEqual({
      '2.8.0': 'inactive',
      '2.9.1': 'active',
      '2.10.0': 'registered',
    });

    // Now Register to Test on 2.8.0 is shown, but disabled with the reason.
    const blocked = versions.unavailableAction('2.8.0', 'Register to Test');
    await expect(blocked).toHaveAttribute('aria-disabled', 'true');
    await expect(blocked).toHaveAccessibleDescription(
      '2.10.0 is already registered for test. Only one version can be registered at a time: withdraw its registration first.',
    );
    await blocked.focus();
    await page.keyboard.press('Enter');
    await expect(versions.dialog).toHaveCount(0);

    await versions.action('2.10.0', 'Withdraw registration').click();
    const withdraw = versions.dialogNamed('Withdraw the registration of 2.10.0?');
    await expect(withdraw).toContainText('2.9.1 stays active and nothing changes for its users');
    await checkA11y(page, { name: 'withdraw registration dialog' });
    await shot('withdraw registration dialog');
    await withdraw.getByRole('button', { name: 'Withdraw registration' }).click();
    await expect(withdraw).toBeHidden();
    await expect(versions.status('2.10.0')).toHaveText('Available');
    // Toasts queue one at a time, behind any notification still showing.
    await expect(versions.toasts).toContainText('The registration of 2.10.0 was withdrawn.', {
      timeout: 10_000,
    });
    await expect(versions.action('2.8.0', 'Register to Test')).toBeVisible();
  });

  test('a switch while another runs is refused (409) and said plainly in the dialog', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
    shot,
  }) => {
    await versions.goto('sh-004');
    await versions.action('5.1.0', 'Confirm Update').click();
    const confirm = versions.dialogNamed('Update to 5.1.0?');
    await expect(confirm).toBeVisible();
    await versions.comment.fill('Switch after the maintenance window');
    await simulator.setScenario({ operationSpeed: 0.01 });
    const other = await startSwitch(simulator, 'sh-004', { version: '5.1.0', direction: 'update' });

    await versions.yesButton.click();
    await expect(versions.dialogProblem).toContainText('A version switch is already running');
    await expect(versions.dialogProblem).toContainText(
      'The switch to 5.1.0 is still running; wait for it to finish.',
    );
    // Nothing typed is lost: the comment stays, and Yes can be pressed again later.
    await expect(versions.comment).toHaveValue('Switch after the maintenance window');
    await expect(versions.yesButton).toBeVisible();
    await checkA11y(page, { name: 'confirm refused, a switch is running' });
    await shot('confirm refused, a switch is running');
    await versions.noButton.click();
    await expect(confirm).toBeHidden();
    await expect(versions.status('5.1.0')).toHaveText('Switching…');
    await expect(versions.row('5.0.0')).toContainText('Still serving every user');
    expect(storedApp(await simulator.state(), 'sh-004').operations.map((o) => o.id)).toEqual([
      other.id,
    ]);
  });

  test('Confirm on a version not registered, or in the wrong direction: not offered, refused by the API, explained on a deep link', async ({
    selfHostedVersions: versions,
    simulator,
  }) => {
    await versions.goto('sh-001');
    await expect(versions.row('2.10.0').getByRole('link', { name: /^Confirm/ })).toHaveCount(0);
    await expect(versions.row('2.10.0').getByRole('button', { name: /^Confirm/ })).toHaveCount(0);
    const unregistered = await postSwitch(simulator, 'sh-001', {
      version: '2.10.0',
      direction: 'update',
    });
    expect(unregistered.status).toBe(409);
    expect(unregistered.body).toMatchObject({
      title: 'This version is not registered for test',
      detail: '2.10.0 is not registered for test; register it to test first.',
    });
    await versions.gotoDialog('sh-001', '2.10.0', 'confirm-update');
    const update = versions.dialogNamed('Update to 2.10.0?');
    await expect(update).toContainText(
      '2.10.0 is not registered for test; register it to test first.',
    );
    await expect(versions.yesButton).toHaveCount(0);

    const wrong = await postSwitch(simulator, 'sh-004', {
      version: '5.1.0',
      direction: 'reactivate',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ title: 'Confirm Reactivate is for earlier versions' });
    await versions.gotoDialog('sh-004', '5.1.0', 'confirm-reactivate');
    await expect(versions.dialogNamed('Reactivate 5.1.0?')).toContainText(
      '5.1.0 is newer than the active version 5.0.0: use Confirm Update to move to it.',
    );
    await versions.dialog.getByRole('link', { name: 'Confirm Update instead' }).click();
    await expect(versions.dialogNamed('Update to 5.1.0?')).toBeVisible();
    await expect(versions.yesButton).toBeEnabled();
    expect((await simulator.state()).operations).toEqual([]);
  });
});

test.describe('self-hosted versions: a viewer (403)', () => {
  test.use({ allowedConsoleErrors: [/status of 403/] });

  test('a viewer sees every version and status but no action, and the API answers 403', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await versions.goto('sh-004');
    await expect(versions.status('5.1.0')).toHaveText('Registered for test');
    expect(await versions.activeVersions()).toEqual(['5.0.0']);
    await expect(versions.list.getByRole('link')).toHaveCount(0);
    await expect(versions.list.getByRole('button')).toHaveCount(0);
    await checkA11y(page, { name: 'versions tab, viewer' });

    await versions.gotoDialog('sh-004', '5.1.0', 'confirm-update');
    await expect(versions.dialog).toContainText(
      "You can't change Visitor Management's versions: registering and switching versions needs the Administrator or Operator role.",
    );
    await expect(versions.yesButton).toHaveCount(0);

    for (const answer of [
      await postSwitch(simulator, 'sh-004', { version: '5.1.0', direction: 'update' }),
      await postRegistration(simulator, 'sh-001', '2.10.0'),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({
        requiredRoles: ['UPSHIFT_ADMINISTRATOR', 'UPSHIFT_OPERATOR'],
      });
    }
    expect((await simulator.state()).operations).toEqual([]);
  });
});
