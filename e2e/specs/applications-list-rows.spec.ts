import { expect, test } from '../fixtures';
import { sortedName } from '../pages/server-list.page';
import { fixClock } from '../support/clock';
import { seededNames, WIDE } from '../support/seeded-applications';
import { personas } from '../support/simulator';

test.describe('applications list', () => {
  // Wide enough for every column: narrower tables hide "Deployed via" and "Updated" (columns.tsx).
  test.use({ viewport: WIDE });

  test('shows the simulator’s applications sorted by name; passes axe', async ({
    page,
    applicationsList: list,
    simulator,
    checkA11y,
    shot,
  }) => {
    await fixClock(page);
    await list.goto();
    await expect(list.heading).toBeVisible();
    await expect(list.rows).toHaveCount(18);
    expect(await list.names()).toEqual(seededNames);
    await expect(list.resultCount).toHaveText('18 applications');
    await expect(list.sortButton('Name')).toHaveAccessibleName(sortedName('Name', 'ascending'));
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(list.pageLabel).toHaveText('Page 1 of 1');
    await expect(list.clearFiltersButton).toHaveCount(0);

    // One row, cell by cell, against what the simulator holds.
    const state = await simulator.state();
    const invoice = state.applications.find((a) => a.name === 'invoice-approvals');
    expect(invoice).toMatchObject({ projectVersion: 4, applicationVersion: 3 });
    await expect(list.row('invoice-approvals').getByRole('cell')).toHaveText([
      'Invoice Approvals',
      '4',
      '3',
      'Running',
      'Deployment service',
      'Yes → v10',
      // Seeded 3 hours before the simulator's now, whatever the date.
      '3 hours ago',
      '',
    ]);
    await expect(await list.cell('invoice-approvals-helm', 'Deployed via')).toHaveText('Helm');
    // A dash on screen, "No" for screen readers.
    await expect(await list.cell('procurement', 'Upgrade available')).toHaveText('—No');

    await checkA11y(page, { name: 'applications list' });
    await shot('applications list');
  });

  test('the Upgrade row action opens the wizard, or says why it cannot', async ({
    page,
    applicationsList: list,
    upgradeWizard: wizard,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    // Helm-deployed and up-to-date applications keep a focusable action that explains itself.
    const helm = list.upgradeAction('invoice-approvals-helm');
    await expect(helm).toHaveAttribute('aria-disabled', 'true');
    await helm.focus();
    await expect(page.getByRole('tooltip')).toHaveText(
      'Deployed with Helm: only applications deployed by the deployment service can be upgraded.',
    );
    await expect(helm).toHaveAccessibleDescription(/^Deployed with Helm/);
    await helm.click({ force: true });
    await expect(page).toHaveURL(/\/applications$/);
    await expect(list.upgradeAction('procurement')).toHaveAccessibleDescription(
      'No released project version is higher than 2.',
    );

    await list.upgradeAction('invoice-approvals').click();
    await expect(page).toHaveURL(/\/applications\/app-001\/upgrade\/version$/);
    await wizard.expectStep('Choose the version');
  });

  test('an operator may check readiness but has no Upgrade action', async ({
    applicationsList: list,
    simulator,
  }) => {
    await simulator.bootSimulator({ userId: personas.operator });
    await list.goto();
    await expect(list.rows).toHaveCount(18);
    await expect(list.readinessLink('invoice-approvals')).toBeVisible();
    await expect(list.upgradeAction('invoice-approvals')).toHaveCount(0);
  });
});
