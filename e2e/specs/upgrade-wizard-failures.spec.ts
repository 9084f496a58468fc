import { expect, test } from '../fixtures';
import { FAST } from '../support/simulator';
import { readyChoices } from '../support/upgrade-api';

test.describe('upgrade wizard, server failure', () => {
  test.use({ allowedConsoleErrors: [/status of 500/] });

  // FIXME: fails consistently since the last runs (the email-connector editor is not found); under investigation.
  test('a 500 on startUpgrade keeps every choice and Retry works once the server recovers', async ({
    page,
    upgradeWizard: wizard,
    simulator,
  }) => {
    await simulator.bootSimulator({
      scenario: { ...FAST, failure: { endpointId: 'startUpgrade', status: 500 } },
    });
    // Each Next waits for the step it opens: a click landing mid-navigation would hit the old one.
    await wizard.walkToReview('app-001', { ...readyChoices, comment: 'Adds e-mail notifications' });
    await wizard.upgradeButton.click();

    const problem = wizard.main.getByRole('alert').filter({ hasText: /Retry/ });
    await expect(problem).toBeVisible();
    await expect(page).toHaveURL(/\/upgrade\/review$/);
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    expect((await simulator.state()).operations).toHaveLength(0);

    await simulator.clearScenario();
    await simulator.setScenario(FAST);
    await problem.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);
    await expect(wizard.main.getByRole('link', { name: 'Back to invoice-approvals' })).toBeVisible({
      timeout: 15_000,
    });
    const state = await simulator.state();
    expect(state.operations).toHaveLength(1);
    expect(state.applications.find((a) => a.id === 'app-001')?.projectVersion).toBe(10);
  });
});

test.describe('upgrade wizard, the work fails', () => {
  test('the failure is named, the application stays as it was, History records it, and Retry upgrades', async ({
    page,
    upgradeWizard: wizard,
    applicationDetail: detail,
    simulator,
    shot,
  }) => {
    await simulator.bootSimulator({
      scenario: { ...FAST, failingOperationKind: 'application.upgrade' },
    });
    await wizard.walkToReview('app-001', { ...readyChoices, comment: 'First try' });
    await wizard.upgradeButton.click();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);

    const failure = wizard.main.getByRole('alert').filter({ hasText: 'The work failed' });
    await expect(failure).toBeVisible({ timeout: 15_000 });
    await expect(wizard.progress).toHaveAccessibleName(/Failed/);
    await expect(wizard.outcome('still runs')).toHaveText(
      /^invoice-approvals still runs project version 4 \(application version 3\): nothing was changed/,
    );
    await shot('upgrade-failed');
    let state = await simulator.state();
    const stored = state.applications.find((a) => a.id === 'app-001');
    expect(stored).toMatchObject({ projectVersion: 4, applicationVersion: 3, status: 'running' });

    // The draft is kept for Retry; the server is well again.
    await simulator.setScenario({ failingOperationKind: null });
    await wizard.main.getByRole('button', { name: 'Retry', exact: true }).click();
    await expect(wizard.main.getByRole('link', { name: 'Back to invoice-approvals' })).toBeVisible({
      timeout: 15_000,
    });
    state = await simulator.state();
    expect(state.applications.find((a) => a.id === 'app-001')).toMatchObject({
      projectVersion: 10,
      applicationVersion: 4,
    });

    await detail.goto('app-001', 'History');
    const entries = detail.historyEntries('invoice-approvals');
    // Newest first: each attempt is recorded as started, then how it ended.
    await expect(entries.nth(0)).toContainText('Succeeded');
    await expect(entries.nth(1)).toContainText('Started');
    await expect(entries.nth(2)).toContainText('Failed');
    await expect(entries.nth(2)).toContainText('First try');
    await expect(entries.nth(2)).toContainText('Why: The work failed: Simulated failure');
    await expect(entries.nth(3)).toContainText('Started');
  });
});
