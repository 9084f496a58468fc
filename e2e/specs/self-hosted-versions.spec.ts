import { expect, personas, test } from '../fixtures';
import {
  postRegistration,
  postSwitch,
  startedOperation,
  storedApp,
} from '../support/self-hosted-api';
import { waitForOperation } from '../support/upgrade-api';

/** Operations on the simulated clock run this many times faster than real time. */
const fast = { operationSpeed: 20 };

test.describe('self-hosted versions: switching', () => {
  // Live progress is watched at real speed: a registration and a switch take ~7 s together.
  test.describe.configure({ timeout: 60_000 });

  test('upgrade: Register to Test, Confirm Update, Yes → the newer version is active, one version active at every moment', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
    shot,
  }) => {
    await versions.goto('sh-001');
    await expect(versions.rows.getByRole('heading', { level: 3 })).toHaveText([
      '2.10.0',
      '2.9.1',
      '2.8.0',
    ]);
    expect(await versions.activeVersions()).toEqual(['2.9.1']);
    await expect(versions.status('2.10.0')).toHaveText('Available');
    await expect(versions.row('2.10.0')).toContainText('Newer than 2.9.1 · Released');
    await expect(versions.row('2.8.0')).toContainText('Earlier than 2.9.1');
    await expect(versions.action('2.10.0', 'Confirm Update')).toHaveCount(0);
    await checkA11y(page, { name: 'versions tab' });
    await shot('versions tab');

    await versions.action('2.10.0', 'Register to Test').click();
    const register = versions.dialogNamed('Register 2.10.0 to test?');
    await expect(page).toHaveURL(/\/my-applications\/sh-001\/versions\/2\.10\.0\/register$/);
    await expect(register).toContainText(
      '2.10.0 is installed beside the active version 2.9.1 for testing',
    );
    await expect(register).toContainText('2.9.1 keeps serving every user meanwhile');
    await checkA11y(page, { name: 'register to test dialog' });
    await shot('register to test dialog');
    await register.getByRole('button', { name: 'Register to Test' }).click();
    await expect(register).toBeHidden();
    await expect(versions.status('2.10.0')).toHaveText('Registering…');
    await expect(versions.heading('2.10.0')).toBeFocused();
    await expect(versions.steps('2.10.0')).toContainText('Deploy it to the test environment');
    await shot('versions tab, registering');
    expect(await versions.watchUntil('2.10.0', 'Registered for test')).toEqual(['2.9.1']);

    await versions.action('2.10.0', 'Confirm Update').click();
    const confirm = versions.dialogNamed('Update to 2.10.0?');
    await expect(confirm).toContainText('2.9.1 → 2.10.0, an update to a newer version.');
    await expect(confirm).toContainText('Keep using 2.9.1 until the switch completes');
    await expect(confirm).toContainText('Neither version requires app credentials');
    await expect(confirm).toContainText(
      '2.10.0 has the same roles and role descriptions as 2.9.1.',
    );
    await versions.comment.fill('Route optimisation for the big teams');
    await checkA11y(page, { name: 'confirm update dialog' });
    await shot('confirm update dialog');
    // Slow enough to look at the running switch, then at real speed again to watch it end.
    await simulator.setScenario({ operationSpeed: 0.1 });
    await versions.yesButton.click();
    await expect(confirm).toBeHidden();
    await expect(versions.status('2.10.0')).toHaveText('Switching…');
    await expect(versions.row('2.9.1')).toContainText(
      'Still serving every user until the switch to 2.10.0 completes.',
    );
    await expect(versions.steps('2.10.0')).toContainText('Switch traffic to the new version');
    await shot('versions tab, switching');
    await checkA11y(page, { name: 'versions tab, switching' });
    expect(await versions.activeVersions()).toEqual(['2.9.1']);
    await simulator.setScenario({ operationSpeed: 1 });

    expect(await versions.watchUntil('2.10.0', 'Active')).toEqual(['2.9.1', '2.10.0']);
    await expect(versions.status('2.9.1')).toHaveText('Inactive');
    await expect(versions.toasts).toContainText(
      'Field Service Scheduler now runs 2.10.0. 2.9.1 is inactive.',
    );
    const stored = storedApp(await simulator.state(), 'sh-001');
    expect(stored.statuses).toEqual({
      '2.8.0': 'inactive',
      '2.9.1': 'inactive',
      '2.10.0': 'active',
    });
    expect(stored.operations.map((o) => [o.kind, o.status, o.input.comment])).toEqual([
      ['self-hosted.register', 'succeeded', undefined],
      ['self-hosted.update', 'succeeded', 'Route optimisation for the big teams'],
    ]);
  });

  test('downgrade: Register to Test on an earlier version, Confirm Reactivate, Yes → it is active again', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: { operationSpeed: 4 } });
    await versions.goto('sh-002');
    await versions.register('1.3.0');
    expect(await versions.watchUntil('1.3.0', 'Registered for test')).toEqual(['1.4.2']);
    await expect(versions.action('1.3.0', 'Confirm Update')).toHaveCount(0);

    await versions.action('1.3.0', 'Confirm Reactivate').click();
    const confirm = versions.dialogNamed('Reactivate 1.3.0?');
    await expect(confirm).toContainText('1.4.2 → 1.3.0, a downgrade to an earlier version.');
    await expect(confirm).toContainText('Keep using 1.4.2 until the switch completes');
    await checkA11y(page, { name: 'confirm reactivate dialog' });
    await shot('confirm reactivate dialog');
    await simulator.setScenario({ operationSpeed: 0.1 });
    await versions.yesButton.click();
    await expect(confirm).toBeHidden();
    await expect(versions.status('1.3.0')).toHaveText('Switching…');
    await expect(versions.row('1.4.2')).toContainText('Still serving every user');
    await simulator.setScenario({ operationSpeed: 4 });
    expect(await versions.watchUntil('1.3.0', 'Active')).toEqual(['1.4.2', '1.3.0']);
    await expect(versions.status('1.4.2')).toHaveText('Inactive');
    await expect(versions.row('1.4.2')).toContainText('Newer than 1.3.0');

    const stored = storedApp(await simulator.state(), 'sh-002');
    expect(stored.statuses).toEqual({
      '1.2.5': 'inactive',
      '1.3.0': 'active',
      '1.4.2': 'inactive',
    });
    expect(stored.operations.map((o) => o.kind)).toEqual([
      'self-hosted.register',
      'self-hosted.reactivate',
    ]);
  });

  test('No changes nothing; Back closes the dialog too', async ({
    page,
    selfHostedVersions: versions,
    simulator,
  }) => {
    await versions.goto('sh-004');
    const before = await simulator.state();
    const confirmUpdate = versions.action('5.1.0', 'Confirm Update');
    await confirmUpdate.click();
    const confirm = versions.dialogNamed('Update to 5.1.0?');
    await expect(confirm).toContainText(
      '5.1.0 has different roles or role descriptions. Settings show them once the switch succeeds; until then they show those of 5.0.0.',
    );
    await versions.comment.fill('Not yet');
    await versions.noButton.click();
    await expect(confirm).toBeHidden();
    await expect(page).toHaveURL(/\/my-applications\/sh-004$/);
    await expect(confirmUpdate).toBeFocused();

    await confirmUpdate.click();
    await expect(confirm).toBeVisible();
    await page.goBack();
    await expect(confirm).toBeHidden();
    await expect(page).toHaveURL(/\/my-applications\/sh-004$/);

    const after = await simulator.state();
    expect(after.selfHosted).toEqual(before.selfHosted);
    expect(after.operations).toEqual(before.operations);
    expect(after.audit).toEqual(before.audit);
    await expect(versions.status('5.1.0')).toHaveText('Registered for test');
  });

  test('where app credentials are involved, the confirmation says tenants will be provisioned', async ({
    selfHostedVersions: versions,
    simulator,
  }) => {
    await simulator.bootSimulator({ scenario: fast });
    await versions.goto('sh-003');
    const op = startedOperation(await postRegistration(simulator, 'sh-003', '3.2.0'));
    await waitForOperation(simulator, op.id);
    await versions.gotoDialog('sh-003', '3.2.0', 'confirm-update');
    await expect(versions.dialogNamed('Update to 3.2.0?')).toContainText(
      'Both versions require app credentials, so 4 tenants with access are provisioned to 3.2.0 automatically. Each gets an e-mail and may deny: a tenant that denies cannot use Fleet Telemetry, and you are notified in Inbox → Events.',
    );
    await versions.noButton.click();
    await expect(versions.dialog).toBeHidden();
    await expect(versions.status('3.2.0')).toHaveText('Registered for test');
  });

  test('a double click on Yes starts exactly one switch', async ({
    page,
    selfHostedVersions: versions,
    simulator,
  }) => {
    await versions.goto('sh-005');
    await versions.action('3.9.1', 'Confirm Reactivate').click();
    await expect(versions.dialogNamed('Reactivate 3.9.1?')).toBeVisible();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    await versions.yesButton.dblclick();
    await expect(versions.dialog).toBeHidden();
    // One request, not a second one the server had to refuse (no 409 reached the console).
    expect(posts).toEqual(['/api/v1/self-hosted-applications/sh-005/switches']);
    await expect(versions.status('3.9.1')).toHaveText('Switching…');
    const stored = storedApp(await simulator.state(), 'sh-005');
    expect(stored.operations.map((o) => o.kind)).toEqual(['self-hosted.reactivate']);
  });

  test('a failed switch leaves the old version active and says why, with a way to try again', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: fast });
    await versions.goto('sh-006');
    await expect(versions.status('1.4.0')).toHaveText('Failed');
    await expect(versions.row('1.4.0')).toContainText('The registration failed');
    await versions.register('1.5.0');
    await versions.watchUntil('1.5.0', 'Registered for test');
    await versions.action('1.5.0', 'Confirm Update').click();
    await versions.yesButton.click();
    expect(await versions.watchUntil('1.5.0', 'Failed')).toEqual(['1.3.2']);

    await expect(versions.failedSwitch).toContainText(
      'The update to 1.5.0 failed: 1.3.2 is still the active version',
    );
    await expect(versions.failedSwitch).toContainText(
      'Users kept using 1.3.2 throughout and nothing changed for them. 1.5.0 did not start: 1.5.0 did not become healthy within 5 minutes, so traffic stays on 1.3.2.',
    );
    await expect(versions.row('1.5.0')).toContainText('1.5.0 did not start');
    await expect(versions.row('1.5.0')).toContainText(
      '1.3.2 is still the active version; nothing changed for its users. Register it to test to try again.',
    );
    expect(await versions.activeVersions()).toEqual(['1.3.2']);
    await checkA11y(page, { name: 'versions tab, switch failed' });
    await shot('versions tab, switch failed');
    const stored = storedApp(await simulator.state(), 'sh-006');
    expect(stored.statuses).toMatchObject({ '1.3.2': 'active', '1.5.0': 'failed' });

    await versions.failedSwitch.getByRole('link', { name: 'Register 1.5.0 to test again' }).click();
    await expect(versions.dialogNamed('Register 1.5.0 to test?')).toBeVisible();
  });

  test('role descriptions in Settings stay the old ones while the switch runs, and change only after it succeeded', async ({
    page,
    selfHostedVersions: versions,
    simulator,
  }) => {
    const oldReception = 'Registers visitors at the front desk';
    const newReception = 'Registers visitors at the front desk and prints their badges';
    await page.goto('/my-applications/sh-004/settings');
    await expect(versions.main.getByText(oldReception, { exact: true })).toBeVisible();

    await simulator.setScenario({ operationSpeed: 0.05 });
    await versions.goto('sh-004');
    await versions.action('5.1.0', 'Confirm Update').click();
    await versions.yesButton.click();
    await expect(versions.status('5.1.0')).toHaveText('Switching…');

    await versions.main.getByRole('tab', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/\/my-applications\/sh-004\/settings$/);
    await expect(versions.main.getByText(oldReception, { exact: true })).toBeVisible();
    await expect(versions.main.getByText(newReception)).toHaveCount(0);
    await expect(versions.main.getByText('COMPLIANCE_AUDITOR')).toHaveCount(0);

    await simulator.setScenario({ operationSpeed: 1000 });
    await expect(versions.main.getByText(newReception, { exact: true })).toBeVisible({
      timeout: 15_000,
    });
    await expect(versions.main.getByText('COMPLIANCE_AUDITOR')).toBeVisible();
    await expect(versions.main.getByText(oldReception, { exact: true })).toHaveCount(0);
    expect(storedApp(await simulator.state(), 'sh-004').statuses['5.1.0']).toBe('active');
  });
});

test.describe('self-hosted versions: refusals (409, 422)', () => {
  test.use({ allowedConsoleErrors: [/status of (409|422)/] });

  test('a second registration is refused naming the one already registered; withdraw it, then register', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: fast });
    await versions.goto('sh-001');
    await versions.action('2.10.0', 'Register to Test').click();
    const register = versions.dialogNamed('Register 2.10.0 to test?');
    await expect(register).toBeVisible();
    // Meanwhile, another tab registers 2.8.0.
    const other = startedOperation(await postRegistration(simulator, 'sh-001', '2.8.0'));
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
    const other = startedOperation(
      await postSwitch(simulator, 'sh-004', { version: '5.1.0', direction: 'update' }),
    );

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

test.describe('self-hosted versions: small screens and dark theme', () => {
  test('the tab and Confirm Update at 390 px wide, and the tab in the dark theme', async ({
    page,
    shell,
    selfHostedVersions: versions,
    checkA11y,
    shot,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await versions.goto('sh-004');
    await checkA11y(page, { name: 'versions tab, 390 px' });
    await shot('versions tab, 390 px');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    await versions.action('5.1.0', 'Confirm Update').click();
    await expect(versions.dialogNamed('Update to 5.1.0?')).toBeVisible();
    await checkA11y(page, { name: 'confirm update dialog, 390 px' });
    await shot('confirm update dialog, 390 px');
    await versions.noButton.click();

    await page.setViewportSize({ width: 1280, height: 900 });
    await shell.chooseTheme('Dark');
    await expect(versions.list).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await checkA11y(page, { name: 'versions tab, dark' });
    await shot('versions tab, dark');
  });
});
