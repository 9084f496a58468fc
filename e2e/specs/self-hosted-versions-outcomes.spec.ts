import { expect, test } from '../fixtures';
import { expectNoSidewaysScroll } from '../support/layout';
import { waitForOperation } from '../support/operations-api';
import { registerForTest, storedApp } from '../support/self-hosted-api';
import { FAST } from '../support/simulator';

test.describe('self-hosted versions: switching', () => {
  // Whole journeys through dialogs, with live progress watched: slow on a busy machine.
  test.describe.configure({ timeout: 60_000 });

  test('where app credentials are involved, the confirmation says tenants will be provisioned', async ({
    selfHostedVersions: versions,
    simulator,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await versions.goto('sh-003');
    const op = await registerForTest(simulator, 'sh-003', '3.2.0');
    await waitForOperation(simulator, op.id);
    await versions.gotoDialog('sh-003', '3.2.0', 'confirm-update');
    await expect(versions.dialogNamed('Update to 3.2.0?')).toContainText(
      'Both versions require app credentials, so 4 tenants with access are provisioned to 3.2.0 automatically. Each gets an e-mail and may deny: a tenant that denies cannot use Fleet Telemetry, and you are notified in Inbox → Events.',
    );
    await versions.noButton.click();
    await expect(versions.dialog).toBeHidden();
    await expect(versions.status('3.2.0')).toHaveText('Registered for test');
  });

  test('a failed switch leaves the old version active and says why, with a way to try again', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
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
    await expectNoSidewaysScroll(page, 'the versions tab at 390 px');
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
