import { expect, test } from '../fixtures';
import { storedApp } from '../support/self-hosted-api';
import { FAST } from '../support/simulator';

test.describe('self-hosted versions: switching', () => {
  // Whole journeys through dialogs, with live progress watched: slow on a busy machine.
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
    // Seen running: the rest of the registration runs fast.
    await simulator.setScenario(FAST);
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
    // Slow enough to look at the running switch; fast once the watch has seen 2.9.1 active.
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

    const watched = await versions.watchUntil('2.10.0', 'Active', {
      afterFirstLook: () => simulator.setScenario(FAST),
    });
    expect(watched).toEqual(['2.9.1', '2.10.0']);
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
    await simulator.bootSimulator({ scenario: FAST });
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
    const watched = await versions.watchUntil('1.3.0', 'Active', {
      afterFirstLook: () => simulator.setScenario(FAST),
    });
    expect(watched).toEqual(['1.4.2', '1.3.0']);
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
});
