import { expect, test } from '../fixtures';

const APP = { id: 'app-001', name: 'invoice-approvals' };
const MASK = '••••••••';

test.describe('application detail', () => {
  test('shows services, connectors, access and running work as the simulator holds them', async ({
    applicationDetail: detail,
    simulator,
  }) => {
    await detail.goto(APP.id, 'Services');
    await expect(detail.panel.getByRole('heading', { level: 2 })).toHaveText([
      'runtime-bundle',
      'query-service',
      'audit-service',
    ]);
    await expect(
      detail.panel.getByText(
        'Not changed by an upgrade: only connectors can get a new image or variables.',
      ),
    ).toBeVisible();

    await detail.openTab('Connectors');
    const erp = detail.section('erp-connector');
    await expect(erp).toContainText('Custom');
    await expect(erp).toContainText(
      'registry.spacetech.example/invoice-approvals/erp-connector:2.3.1',
    );
    await expect(
      detail.variables('erp-connector').getByRole('row', { name: /API_TOKEN/ }),
    ).toContainText(MASK);

    await detail.openTab('Access');
    const admins = detail.accessList('Administrators', 'users').getByRole('listitem');
    await expect(admins).toHaveCount(2);
    await expect(admins.first()).toContainText('Alex Morgan');
    await expect(admins.first()).toContainText('ACTIVITI_ADMIN');
    await expect(admins.nth(1)).toContainText('Mateo Rossi');
    await expect(detail.accessList('Users', 'groups')).toContainText('finance-users');

    await detail.openTab('Running work');
    await expect(
      detail.panel.getByText(
        'Work running on earlier versions finishes there; new work starts on application version 3.',
      ),
    ).toBeVisible();
    await expect(detail.runningWork().getByRole('rowheader')).toHaveText(['3 (current)', '2', '1']);
    const state = await simulator.state();
    expect(state.applications.find((a) => a.id === APP.id)?.applicationVersion).toBe(3);
  });

  test('reveals one secret on purpose through the audited API, and hides it again; a viewer has no Reveal', async ({
    page,
    applicationDetail: detail,
    simulator,
  }) => {
    await detail.goto(APP.id, 'Services');
    const row = detail
      .variables('runtime-bundle')
      .getByRole('row', { name: /SPRING_DATASOURCE_PASSWORD/ });
    const reveal = detail.revealButton('SPRING_DATASOURCE_PASSWORD', 'runtime-bundle');
    await expect(row).toContainText(MASK);
    await expect(row).not.toContainText('pw-app-001-7f3a');
    await expect(reveal).toHaveAttribute('aria-pressed', 'false');

    await reveal.click();
    await expect(reveal).toHaveAttribute('aria-pressed', 'true');
    await expect(row).toContainText('pw-app-001-7f3a');
    await expect(
      detail.variables('query-service').getByRole('row', { name: /KEYCLOAK_CLIENT_SECRET/ }),
    ).toContainText(MASK);

    await reveal.click();
    await expect(row).toContainText(MASK);

    // The read is in the History: who, when and which key, never the value.
    await detail.openTab('History');
    const read = detail.historyEntries(APP.name).first();
    await expect(read.getByRole('heading', { name: 'Secret values revealed' })).toBeVisible();
    await expect(read).toContainText('Read: SPRING_DATASOURCE_PASSWORD of service runtime-bundle');
    await expect(read).not.toContainText('pw-app-001');

    await simulator.signInAs('u-viewer');
    await detail.goto(APP.id, 'Services');
    await expect(row).toContainText(MASK);
    await expect(reveal).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText('pw-app-001');
  });

  test('History shows the seeded upgrade 2 → 4 by Alex Morgan with its comment', async ({
    applicationDetail: detail,
  }) => {
    await detail.goto(APP.id, 'History');
    const entries = detail.historyEntries(APP.name);
    await expect(entries).toHaveCount(1);
    const upgrade = entries.first();
    await expect(upgrade.getByRole('heading', { name: 'Upgrade' })).toBeVisible();
    await expect(upgrade).toContainText('Succeeded');
    await expect(upgrade).toContainText('by Alex Morgan');
    await expect(upgrade).toContainText(
      'project version 2 (application version 2) → project version 4 (application version 3)',
    );
    await expect(upgrade).toContainText('Quarter-end approval rules');
  });

  test('the Upgrade action opens the wizard, says why it cannot for a Helm app, and is absent for a viewer', async ({
    page,
    upgradeWizard,
    simulator,
  }) => {
    await page.goto('/applications/app-001');
    await page.getByRole('main').getByRole('link', { name: 'Upgrade' }).click();
    await expect(page).toHaveURL(/\/applications\/app-001\/upgrade\/version$/);
    await upgradeWizard.expectStep('Choose the version');

    await page.goto('/applications/app-003');
    const blocked = page.getByRole('main').getByRole('button', { name: 'Upgrade' });
    await expect(blocked).toBeDisabled();
    await expect(blocked).toHaveAccessibleDescription(/Deployed with Helm/);

    await simulator.signInAs('u-viewer');
    await page.goto('/applications/app-001');
    await expect(page.getByRole('heading', { level: 1, name: APP.name })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Upgrade' })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('button', { name: 'Upgrade' })).toHaveCount(0);
  });
});
