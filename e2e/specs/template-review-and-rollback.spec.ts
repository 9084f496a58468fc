import { expect, personas, test } from '../fixtures';
import { FAST } from '../support/simulator';
import { installedRecord, publishSpacetech11 } from '../support/template-api';

/**
 * Issue #5 end to end: a product owner reviews what 1.1 changes against 1.0 from a shared link;
 * an administrator then applies part of a template upgrade and rolls it back.
 */

test.describe('template review, partial upgrade and rollback', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a product owner reads a shared link to 1.1 against 1.0; an administrator applies part of an upgrade and rolls it back', async ({
    page,
    simulator,
    templateDiff: diff,
    templateRollback: rollback,
    checkA11y,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await page.goto('/templates');
    await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
    await publishSpacetech11(simulator);

    // The link a reviewer was sent: inline view, changed and added components only.
    await simulator.signInAs(personas.productOwner);
    await diff.gotoDiff(
      'tpl-spacetech-portal',
      '?from=1.0&to=1.1&view=inline&filter=added,changed',
    );
    await expect(diff.main).toContainText('what 1.1 changes against 1.0');
    await expect(diff.filter('added')).toContainText('1');
    await expect(diff.filter('changed')).toContainText('1');
    await expect(diff.component('redis')).toContainText('Added');
    await expect(diff.component('web')).toContainText('Changed');
    await expect(diff.field('web', 'REDIS_HOST')).toContainText('redis');
    await expect(diff.field('web', 'REDIS_PORT')).toContainText('6379');
    await expect(diff.field('web', 'Depends on redis')).toBeVisible();
    await expect(diff.component('mysql')).toHaveCount(0);
    await expect(diff.inline).toHaveAttribute('aria-pressed', 'true');
    // Reviewing is all a product owner does: no way to upgrade from here.
    await expect(diff.upgradeButton).toHaveCount(0);
    await checkA11y(page, { name: 'shared diff, product owner' });

    // An administrator takes part of observability-prod's next upgrade: 1.9 → 1.10 without grafana.
    await simulator.signInAs(personas.admin);
    await diff.gotoUpgrade('ia-002', '?to=1.10');
    await expect(diff.checkbox('grafana')).toBeChecked();
    await diff.checkbox('grafana').uncheck();
    await diff.upgradeButton.click();
    await expect(diff.confirmDialog).toContainText(
      'Left out, so the application will be partially upgraded: grafana',
    );
    await diff.confirmDialog.getByRole('button', { name: 'Upgrade' }).click();
    await expect(
      diff.main.getByRole('alert').filter({ hasText: 'Partially upgraded' }),
    ).toBeVisible({
      timeout: 20_000,
    });
    expect((await installedRecord(simulator, 'ia-002')).components).toMatchObject({
      alertmanager: '1.10',
      prometheus: '1.10',
      grafana: '1.9',
    });

    // …and rolls it back from its record.
    await diff.main.getByRole('link', { name: 'Open the upgrade record' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Roll back' }).click();
    await expect(rollback.checkboxes).toHaveCount(2);
    await rollback.rollBack('Not this week');
    await expect(rollback.progress).toHaveAccessibleName('Rolled back', { timeout: 20_000 });
    expect((await installedRecord(simulator, 'ia-002')).components).toMatchObject({
      alertmanager: '1.9',
      prometheus: '1.9',
      grafana: '1.9',
    });
  });
});
