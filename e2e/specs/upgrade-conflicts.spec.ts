import { expect, test } from '../fixtures';
import { waitForOperation } from '../support/operations-api';
import { readyChoices, startUpgradeViaApi } from '../support/upgrade-api';

test.describe('upgrade refusals, conflicts (409)', () => {
  // Whole wizard walks plus a second actor: slow on a busy machine.
  test.describe.configure({ timeout: 60_000 });
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test('(a) another tab upgraded to 10 meanwhile: the stale Upgrade is refused plainly, choices kept, and 10 is shown as no longer higher', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
    await wizard.walkToReview('app-001', { ...readyChoices, comment: 'Adds e-mail notifications' });
    await simulator.setScenario({ operationSpeed: 1000 });
    const other = await startUpgradeViaApi(simulator, 'app-001', { projectVersion: 10 });
    await waitForOperation(simulator, other.id);

    await wizard.upgradeButton.click();
    const conflict = wizard.alert('Someone else changed this application');
    await expect(conflict).toContainText(
      'You started from revision 1, but invoice-approvals is now at revision 2. Your choices are kept: review them against the application as it is now, then upgrade.',
    );
    await expect(page).toHaveURL(/\/upgrade\/review$/);
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    await expect(wizard.region('Connectors')).toContainText(
      'EMAIL_HOST: (none) → https://mysmtp.com',
    );
    await checkA11y(page, { name: 'upgrade refused, someone else changed it' });
    await shot('upgrade refused, someone else changed it');

    await conflict.getByRole('button', { name: 'Review the latest' }).click();
    const outdated = wizard.alert('Project version 10 is no longer an upgrade');
    await expect(outdated).toContainText(
      'invoice-approvals now runs project version 10 (application version 4)',
    );
    await expect(wizard.region('Versions')).toContainText(
      'Project version: 10 → 10 (not higher than the deployed version)',
    );
    await expect(wizard.upgradeButton).toBeDisabled();
    await expect(outdated).toBeFocused();
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    await checkA11y(page, { name: 'upgrade review, version no longer higher' });
    await shot('upgrade review, version no longer higher');
    await outdated.getByRole('button', { name: 'Choose the version' }).click();
    await wizard.expectStep('Choose the version');
    await expect(wizard.main.getByRole('status')).toContainText(
      'invoice-approvals already runs project version 10, the latest released version of Invoice Approvals. There is nothing to upgrade to.',
    );
    expect((await simulator.state()).operations.map((o) => o.id)).toEqual([other.id]);
  });

  test('(g) an upgrade already running: the UI says so and keeps everything; once it has finished the person proceeds', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
    // travel-expenses-us runs project 1 and may go to 6 or 12: another tab takes it to 6.
    await wizard.walkToReview('app-018', { version: 12, comment: 'Straight to 12' });
    await simulator.setScenario({ operationSpeed: 0.001 });
    const other = await startUpgradeViaApi(simulator, 'app-018', { projectVersion: 6 });

    await wizard.upgradeButton.click();
    const running = wizard.alert('An upgrade is already running');
    await expect(running).toContainText(
      `travel-expenses-us is being upgraded by operation ${other.id}`,
    );
    await expect(running).toContainText('Your choices are kept');
    await expect(wizard.comment).toHaveValue('Straight to 12');
    await expect(wizard.region('Versions')).toContainText('Project version: 1 → 12');
    await checkA11y(page, { name: 'upgrade refused, already running' });
    await shot('upgrade refused, already running');

    // Asking for the latest while it still runs: the review says so and offers no Upgrade yet.
    await running.getByRole('button', { name: 'Review the latest' }).click();
    const stillRunning = wizard.outcome('An upgrade of travel-expenses-us is running');
    await expect(stillRunning).toContainText('once it has finished, review the latest and upgrade');
    await expect(wizard.upgradeButton).toBeDisabled();
    await checkA11y(page, { name: 'upgrade review, another upgrade running' });

    await simulator.setScenario({ operationSpeed: 1000 });
    await waitForOperation(simulator, other.id);
    await stillRunning.getByRole('button', { name: 'Review the latest' }).click();
    const latest = wizard.outcome('Shown as it is now');
    await expect(latest).toContainText(
      'travel-expenses-us now runs project version 6 (application version 2)',
    );
    await expect(latest).toBeFocused();
    await expect(wizard.region('Versions')).toContainText('Project version: 6 → 12');
    await expect(wizard.region('Versions')).toContainText('Application version: 2 → 3');
    await expect(wizard.comment).toHaveValue('Straight to 12');
    await wizard.upgradeButton.click();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);
    await expect(wizard.outcome('now runs')).toHaveText(
      /travel-expenses-us now runs project version 12 \(application version 3\)/,
      { timeout: 15_000 },
    );
    const state = await simulator.state();
    expect(state.operations).toHaveLength(2);
    expect(state.applications.find((a) => a.id === 'app-018')).toMatchObject({
      projectVersion: 12,
      applicationVersion: 3,
    });
  });
});
