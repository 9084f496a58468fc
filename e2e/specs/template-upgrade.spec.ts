import { expect, personas, test } from '../fixtures';
import { FAST, type SimulatorControl } from '../support/simulator';
import { publishSpacetech11, startInstalledUpgrade, storedUpgrades } from '../support/template-api';

test.describe('upgrade details', () => {
  test.describe.configure({ timeout: 60_000 });

  test('ia-001 1.0 → 1.1: redis added, web changed field by field; upgrade all → record says upgraded', async ({
    page,
    simulator,
    templateDiff: diff,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await page.goto('/installed-applications');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await publishSpacetech11(simulator);
    await diff.gotoUpgrade('ia-001', '?to=1.1');

    await expect(diff.filter('added')).toContainText('1');
    await expect(diff.filter('changed')).toContainText('1');
    await expect(diff.component('redis')).toContainText('Added');
    await expect(diff.component('web')).toContainText('Changed');
    await expect(diff.field('web', 'REDIS_HOST')).toContainText('redis');
    await expect(diff.field('web', 'REDIS_PORT')).toContainText('6379');
    await expect(diff.field('web', 'Depends on redis')).toBeVisible();
    // Added and changed preselected; unchanged have no checkbox.
    await expect(diff.checkbox('redis')).toBeChecked();
    await expect(diff.checkbox('web')).toBeChecked();
    await expect(diff.checkbox('mysql')).toHaveCount(0);
    await checkA11y(page, { name: 'upgrade details' });
    await shot('upgrade details');

    await diff.comment.fill('Seed walkthrough');
    await diff.upgradeButton.click();
    await expect(diff.confirmDialog).toContainText('2 components will change (1.0 → 1.1)');
    await expect(diff.confirmDialog).toContainText('Every change of 1.1 is included');
    await checkA11y(page, { name: 'upgrade confirmation' });
    // A double click starts one operation.
    await diff.confirmDialog.getByRole('button', { name: 'Upgrade' }).dblclick();
    await expect(diff.main.getByRole('heading', { name: 'Upgrade progress' })).toBeVisible();
    await expect(page).toHaveURL(/operation=/);
    await expect(diff.main).toContainText('Add redis');
    await expect(diff.main).toContainText('Upgrade web to 1.1');
    const record = diff.main.getByRole('link', { name: 'Open the upgrade record' });
    await expect(record).toBeVisible({ timeout: 20_000 });
    await expect(diff.main.getByRole('alert').filter({ hasText: 'Upgraded' })).toBeVisible();
    await shot('upgrade finished');

    const upgrades = await storedUpgrades(simulator, 'ia-001');
    expect(upgrades).toHaveLength(1);
    expect(upgrades[0]?.status).toBe('upgraded');
    expect(upgrades[0]?.comment).toBe('Seed walkthrough');
    await record.click();
    await expect(page).toHaveURL(
      new RegExp(`/installed-applications/ia-001/upgrades/${upgrades[0]?.id ?? ''}$`),
    );
    await expect(page.getByRole('main')).toContainText('Upgraded');
  });

  test.describe('refusals', () => {
    test.use({ allowedConsoleErrors: [/status of (409|422)/] });
    test('partial upgrade: only web → a dependency refusal at web; then only redis → partially upgraded', async ({
      page,
      simulator,
      templateDiff: diff,
    }) => {
      test.info().annotations.push({ type: 'note', description: 'web depends on redis in 1.1' });
      await simulator.bootSimulator({ scenario: FAST });
      await page.goto('/installed-applications');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await publishSpacetech11(simulator);
      await diff.gotoUpgrade('ia-001', '?to=1.1');
      await diff.checkbox('redis').uncheck();
      // The choice is in the URL: a reload keeps it.
      await expect(page).toHaveURL(/[?&]components=web(&|$)/);
      await page.reload();
      await expect(diff.checkbox('web')).toBeChecked();
      await expect(diff.checkbox('redis')).not.toBeChecked();
      // The confirmation has its URL: Back closes it, the choice kept; a link opens it.
      await diff.upgradeButton.click();
      await expect(diff.confirmDialog).toBeVisible();
      await expect(page).toHaveURL(/[?&]confirm=1(&|$)/);
      await page.goBack();
      await expect(diff.confirmDialog).toBeHidden();
      await expect(page).not.toHaveURL(/confirm=/);
      await expect(page).toHaveURL(/[?&]components=web(&|$)/);
      await expect(diff.checkbox('web')).toBeChecked();
      await expect(diff.checkbox('redis')).not.toBeChecked();
      await page.goForward();
      await expect(diff.confirmDialog).toContainText('1 component will change');
      await page.reload();
      await expect(diff.confirmDialog).toContainText('1 component will change');
      await page.keyboard.press('Escape');
      await expect(diff.confirmDialog).toBeHidden();
      await expect(page).not.toHaveURL(/confirm=/);
      await diff.upgradeButton.click();
      await expect(diff.confirmDialog).toContainText('1 component will change');
      await expect(diff.confirmDialog).toContainText(
        'Left out, so the application will be partially upgraded: redis',
      );
      await diff.confirmDialog.getByRole('button', { name: 'Upgrade' }).click();
      await expect(diff.component('web').getByRole('alert')).toContainText('web depends on redis');
      await expect(diff.main).toContainText('Your choices are kept');
      await expect(diff.checkbox('web')).toBeChecked();
      await expect(diff.checkbox('redis')).not.toBeChecked();

      await diff.checkbox('web').uncheck();
      await diff.checkbox('redis').check();
      await diff.upgradeButton.click();
      await diff.confirmDialog.getByRole('button', { name: 'Upgrade' }).click();
      await expect(
        diff.main.getByRole('alert').filter({ hasText: 'Partially upgraded' }),
      ).toBeVisible({ timeout: 20_000 });
      const upgrades = await storedUpgrades(simulator, 'ia-001');
      expect(upgrades.map((u) => u.status)).toEqual(['partially-upgraded']);
      expect(upgrades[0]?.components.map((c) => c.name)).toEqual(['redis']);
    });

    test('409 while another upgrade runs: said plainly, choices kept', async ({
      simulator,
      templateDiff: diff,
    }) => {
      await simulator.bootSimulator({ scenario: { operationSpeed: 0.2 } });
      await diff.gotoUpgrade('ia-004', '?to=2.2');
      const firstBox = diff.main.getByRole('checkbox', { checked: true }).first();
      const second = ((await firstBox.getAttribute('aria-label')) ?? '').replace(/^Upgrade /, '');
      const first = (await changedNames(simulator)).find((n) => n !== second) ?? '';
      await expect(diff.checkbox(second)).toBeChecked();
      await diff.checkbox(second).uncheck();
      await startInstalledUpgrade(simulator, 'ia-004', { toVersion: '2.2', components: [first] });
      await diff.upgradeButton.click();
      await diff.confirmDialog.getByRole('button', { name: 'Upgrade' }).click();
      await expect(
        diff.main.getByRole('alert').filter({ hasText: 'An upgrade is still running' }),
      ).toContainText('wait for it to finish');
      await expect(diff.upgradeButton).toBeVisible();
      await expect(diff.checkbox(second)).not.toBeChecked();
      expect(await storedUpgrades(simulator, 'ia-004')).toHaveLength(1);
    });
  });

  test('a product owner sees the diff but no Upgrade controls', async ({
    page,
    simulator,
    templateDiff: diff,
  }) => {
    await simulator.bootSimulator({ userId: personas.productOwner });
    await diff.gotoUpgrade('ia-002', '?to=1.10');
    await expect(diff.componentHeading('grafana')).toBeVisible();
    await expect(diff.upgradeButton).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(diff.main).toContainText('Upgrading needs the Administrator role');
  });
});

/** The changed components of ia-004's upgrade to 2.2, by name. */
async function changedNames(simulator: SimulatorControl): Promise<string[]> {
  const d = (
    await simulator.api({
      method: 'GET',
      path: '/installed-applications/ia-004/upgrade-diff?to=2.2',
    })
  ).body as { components: { name: string; change: string }[] };
  return d.components.filter((c) => c.change === 'changed').map((c) => c.name);
}
