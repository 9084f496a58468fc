import { expect, personas, test } from '../fixtures';
import { afterRetries } from '../support/failures';

test.describe('shell', () => {
  test.describe('reset demo data', () => {
    test('puts the seed back, keeping the scenario; Cancel changes nothing', async ({
      page,
      shell,
      applicationsList,
      simulator,
    }) => {
      await shell.goto('/applications');
      await expect(applicationsList.rows.first()).toBeVisible();
      // Something persistent: another person runs a readiness check, which stores an operation.
      await shell.switchUser('Olivia Park');
      await expect(shell.userMenuButton).toHaveAccessibleName('Account: Olivia Park, Operator');
      await applicationsList.readinessLink('invoice-approvals').click();
      const check = page.getByRole('dialog', { name: /^Upgrade readiness/ });
      await check.getByRole('button', { name: 'Run check' }).click();
      await expect(page).toHaveURL(/operation=/);
      await check.getByRole('button', { name: /^(Close|Done)$/ }).click();
      await expect(check).toBeHidden();
      // And a scenario, which a reset keeps.
      await simulator.setScenario({ operationSpeed: 5 });

      let state = await simulator.state();
      expect(state.session.userId).toBe(personas.operator);
      expect(state.operations).toHaveLength(1);

      await page.reload();
      await expect(shell.userMenuButton).toHaveAccessibleName('Account: Olivia Park, Operator');
      await shell.resetDemoData();
      await expect(shell.resetDialog).toBeVisible();
      await shell.resetDialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(shell.resetDialog).toBeHidden();
      state = await simulator.state();
      expect(state.session.userId).toBe(personas.operator);
      expect(state.operations).toHaveLength(1);

      await shell.resetDemoData();
      await shell.resetDialog.getByRole('button', { name: 'Reset data' }).click();
      await expect(shell.resetDialog).toBeHidden();
      await expect(shell.toasts).toContainText('Demo data reset');
      await expect(shell.userMenuButton).toHaveAccessibleName(
        'Account: Alex Morgan, Administrator',
      );
      await expect(applicationsList.rows.first()).toBeVisible();

      state = await simulator.state();
      expect(state.session.userId).toBe(personas.admin);
      expect(state.operations).toEqual([]);
      expect(state.idempotency).toEqual({});
      // Only the seeded entries of every area are left (templates seed their own).
      const auditIds = state.audit.map((entry) => entry.id);
      expect(auditIds.filter((id) => !/^audit-(tpl-)?seed-/.test(id))).toEqual([]);
      expect(auditIds).toEqual(expect.arrayContaining(['audit-seed-1', 'audit-seed-2']));
      expect(state.notifications.map((n) => n.id)).toEqual(['n-seed-1']);
      expect(state.scenario.operationSpeed).toBe(5);
      expect(state.settings.largeDataset).toBe(false);

      // And it stays reset after a reload.
      await page.reload();
      await expect(shell.userMenuButton).toHaveAccessibleName(
        'Account: Alex Morgan, Administrator',
      );
    });
  });

  test.describe('simulator controls', () => {
    // Picking the endpoint first fails it with the default 500, then with the chosen 503.
    test.use({ allowedConsoleErrors: [/responded with a status of 50[03]\b/] });

    test('a failure chosen in the panel reaches the list', async ({
      page,
      shell,
      applicationsList,
      simulator,
      checkA11y,
    }) => {
      await shell.goto('/applications');
      await expect(applicationsList.rows.first()).toBeVisible();

      await shell.openSimulatorControls();
      const panel = shell.simulatorControls;
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('switch', { name: /^Large dataset/ })).not.toBeChecked();
      await expect(panel.getByRole('switch', { name: /^Offline/ })).not.toBeChecked();
      const status = panel.getByRole('combobox', { name: 'Fails with status' });
      await expect(status).toBeDisabled();
      await shell.settled();
      await checkA11y(page, { name: 'simulator controls' });

      await panel.getByRole('combobox', { name: 'Failing endpoint' }).click();
      await page.getByRole('option', { name: 'listApplications', exact: true }).click();
      await expect(panel.getByRole('combobox', { name: 'Failing endpoint' })).toHaveText(
        'listApplications',
      );
      await expect(status).toBeEnabled();
      await status.click();
      await page.getByRole('option', { name: '503', exact: true }).click();
      await expect(status).toHaveText('503');
      expect((await simulator.state()).scenario.failure).toEqual({
        endpointId: 'listApplications',
        status: 503,
      });
      await shell.settled();
      // The panel only: behind it the list may be fading its error in (the change refetches it).
      await checkA11y(page, {
        name: 'simulator controls with a failure',
        include: ['[role="dialog"]'],
      });

      await panel.getByRole('button', { name: 'Close' }).click();
      await expect(panel).toBeHidden();
      await expect(applicationsList.error).toContainText(
        'The server failed to handle the request',
        afterRetries,
      );
      await expect(applicationsList.error).toContainText('Simulated failure of listApplications');
      // The rows already loaded stay, below the notice that they could not be refreshed.
      await expect(applicationsList.error).toContainText('The applications could not be refreshed');
      await expect(applicationsList.table).toBeVisible();
      await expect(shell.banner).toBeVisible();
    });
  });
});
