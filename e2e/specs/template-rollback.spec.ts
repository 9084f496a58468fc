import { expect, personas, test } from '../fixtures';
import { installedRecord, portalUpgradedTo11, rollbackOperations } from '../support/template-api';

/** ia-002 "observability-prod": upg-seed-02 (1.8 → 1.9) is its most recent upgrade. */
const PROD = { id: 'ia-002', name: 'observability-prod', upgrade: 'upg-seed-02' };

test.describe('rolling back the most recent upgrade', () => {
  test.beforeEach(async ({ simulator }) => {
    await simulator.bootSimulator({ userId: personas.admin, scenario: { operationSpeed: 8 } });
  });

  test('a chosen part of it, the choice kept in the URL, then the record says "Rolled back"', async ({
    page,
    simulator,
    templateRollback: rollback,
  }) => {
    await rollback.goto(PROD.id, PROD.upgrade);
    await expect(rollback.heading).toHaveText(`Roll back ${PROD.name} to 1.8`);
    await expect(rollback.fact('Upgrade')).toHaveText('1.8 → 1.9');
    await expect(rollback.fact('Upgraded by')).toHaveText('Alex Morgan');
    await expect(rollback.fact('Status')).toHaveText('Upgraded');
    await expect(rollback.checkboxes).toHaveCount(3);
    for (const name of ['alertmanager', 'grafana', 'prometheus']) {
      await expect(rollback.checkbox(name)).toBeChecked();
    }
    await expect(rollback.summary('changed')).toHaveAccessibleName(/^3 changed/);
    // Nothing the upgrade added: the notice says what goes back, and names nothing that stays.
    await expect(rollback.notices).toHaveText(/go back to the version they ran before the upgrade/);
    await expect(rollback.stayNotice).toHaveCount(0);

    await rollback.checkbox('grafana').click();
    await expect(rollback.checkbox('grafana')).not.toBeChecked();
    await expect(page).toHaveURL(
      /components=alertmanager%2Cprometheus|components=alertmanager,prometheus/,
    );
    await expect(rollback.summary('changed')).toHaveAccessibleName(/^2 changed/);
    await page.reload();
    await expect(rollback.checkbox('grafana')).not.toBeChecked();
    await expect(rollback.checkbox('prometheus')).toBeChecked();
    await expect(rollback.summary('changed')).toHaveAccessibleName(/^2 changed/);
    // Back undoes the choice, Forward brings it again.
    await page.goBack();
    await expect(rollback.checkbox('grafana')).toBeChecked();
    await page.goForward();
    await expect(rollback.checkbox('grafana')).not.toBeChecked();

    await rollback.comment.fill('Alertmanager 0.27 pages twice');
    await rollback.rollBackButton.click();
    await expect(rollback.dialog).toHaveAccessibleName(`Roll back ${PROD.name}?`);
    await expect(rollback.dialog.getByRole('listitem')).toHaveText([
      /^alertmanager 1\.9 → back to 1\.8$/,
      /^prometheus 1\.9 → back to 1\.8$/,
    ]);
    // A double click starts one rollback.
    await rollback.confirmButton.dblclick();
    await expect(rollback.progress).toBeVisible();
    await expect(page).toHaveURL(/operation=/);
    await expect(
      rollback.progress.getByText('Restore alertmanager to 1.8', { exact: true }),
    ).toBeVisible();
    await expect(
      rollback.progress.getByText('Restore prometheus to 1.8', { exact: true }),
    ).toBeVisible();
    await expect(rollback.progress).toHaveAccessibleName('Rolled back', { timeout: 20_000 });
    await expect(rollback.fact('Status')).toHaveText('Rolled back');
    await expect(rollback.progress).toContainText('alertmanager, prometheus are back at 1.8.');
    await expect(rollback.recordLink).toHaveAttribute(
      'href',
      `/installed-applications/${PROD.id}/upgrades/${PROD.upgrade}`,
    );

    expect(await rollbackOperations(simulator)).toHaveLength(1);
    const app = await installedRecord(simulator, PROD.id);
    expect(app.components).toMatchObject({
      alertmanager: '1.8',
      prometheus: '1.8',
      grafana: '1.9',
    });
    const row = (await simulator.state()).templateUpgrades.upgrades.find(
      (u) => u.id === PROD.upgrade,
    );
    expect(row?.rollback).toMatchObject({
      status: 'rolled-back',
      components: ['alertmanager', 'prometheus'],
      comment: 'Alertmanager 0.27 pages twice',
    });

    // A reload keeps following the operation; opened afresh, the page explains it is done.
    await page.reload();
    await expect(rollback.progress).toHaveAccessibleName('Rolled back');
    await rollback.goto(PROD.id, PROD.upgrade);
    await expect(rollback.refusal('Already rolled back')).toBeVisible();
    await expect(rollback.rollBackButton).toHaveCount(0);
  });

  test('of an upgrade that added a component says it stays, and leaves it in place', async ({
    simulator,
    shot,
    templateRollback: rollback,
  }) => {
    // The simulator answers once the console has started it: open a page first.
    await rollback.goto(PROD.id, PROD.upgrade);
    const upgradeId = await portalUpgradedTo11(simulator);
    await rollback.goto('ia-001', upgradeId);
    await expect(rollback.stayNotice).toContainText('redis stays');
    await expect(rollback.stayNotice).toContainText(
      'redis was added by this upgrade and stays: a rollback does not remove it.',
    );
    // Only what the upgrade changed can be restored: web, not redis.
    await expect(rollback.checkboxes).toHaveCount(1);
    await expect(rollback.checkbox('web')).toBeChecked();
    await expect(rollback.summary('changed')).toHaveAccessibleName(/^1 changed/);
    await rollback.page.evaluate(() => window.scrollTo(0, 0));
    await shot('template rollback redis stays');
    await rollback.rollBack();
    await expect(rollback.progress).toHaveAccessibleName('Rolled back', { timeout: 20_000 });
    await expect(rollback.progress).toContainText('redis stays');
    await rollback.page.evaluate(() => window.scrollTo(0, 0));
    await shot('template rollback finished');
    const app = await installedRecord(simulator, 'ia-001');
    expect(app.components).toMatchObject({ web: '1.0', redis: '1.1' });
  });

  test('that fails says why, restores nothing, and can be tried again', async ({
    simulator,
    shot,
    templateRollback: rollback,
  }) => {
    await rollback.goto(PROD.id, PROD.upgrade);
    await simulator.setScenario({ failingOperationKind: 'template.rollback' });
    await rollback.rollBack();
    await expect(rollback.progress).toHaveAccessibleName('Rollback failed', { timeout: 20_000 });
    await expect(rollback.progress).toContainText('Nothing was restored');
    await expect(rollback.progress.getByRole('status').first()).toContainText(
      'Why: The work failed.',
    );
    await expect(rollback.fact('Status')).toHaveText('Rollback failed');
    await rollback.page.evaluate(() => window.scrollTo(0, 0));
    await shot('template rollback failed');
    expect((await installedRecord(simulator, PROD.id)).components).toMatchObject({
      alertmanager: '1.9',
      grafana: '1.9',
      prometheus: '1.9',
    });

    await simulator.setScenario({ failingOperationKind: null });
    await rollback.tryAgainButton.click();
    await expect(rollback.progress).toHaveAccessibleName('Rolled back', { timeout: 20_000 });
    await expect(rollback.fact('Status')).toHaveText('Rolled back');
    expect((await installedRecord(simulator, PROD.id)).components).toMatchObject({
      alertmanager: '1.8',
      grafana: '1.8',
      prometheus: '1.8',
    });
    expect(await rollbackOperations(simulator)).toHaveLength(2);
  });
});
