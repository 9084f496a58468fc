import { expect, personas, test } from '../fixtures';
import { expectNoSidewaysScroll } from '../support/layout';
import { postWork } from '../support/operations-api';
import { rollbackOperations } from '../support/template-api';

/** ia-002 "observability-prod": upg-seed-02 (1.8 → 1.9) is its most recent upgrade. */
const PROD = { id: 'ia-002', name: 'observability-prod', upgrade: 'upg-seed-02' };

test.describe('rolling back the most recent upgrade', () => {
  test.beforeEach(async ({ simulator }) => {
    await simulator.bootSimulator({ userId: personas.admin, scenario: { operationSpeed: 8 } });
  });

  test('that is not allowed explains why, with no Roll back button', async ({
    templateRollback: rollback,
  }) => {
    await rollback.goto('ia-003', 'upg-seed-03');
    await expect(rollback.refusal('Only the most recent upgrade can be rolled back')).toContainText(
      'This upgrade (1.10 → 1.11) is not the most recent of observability-staging; roll back the upgrade 1.11 → 1.12 instead.',
    );
    await expect(rollback.rollBackButton).toHaveCount(0);
    await expect(rollback.choice).toHaveCount(0);
    await expect(
      rollback.main.getByRole('link', { name: 'Open the most recent upgrade' }),
    ).toHaveAttribute('href', '/installed-applications/ia-003/upgrades/upg-seed-05');

    await rollback.goto('ia-006', 'upg-seed-07');
    await expect(rollback.refusal('Already rolled back')).toContainText(
      'This upgrade has been rolled back already.',
    );
    await expect(rollback.rollBackButton).toHaveCount(0);

    await rollback.goto('ia-003', 'upg-seed-04');
    await expect(rollback.refusal('Only the most recent upgrade can be rolled back')).toBeVisible();
  });

  test('passes axe and fits light, dark and a 390 px phone', async ({
    page,
    shell,
    checkA11y,
    shot,
    templateRollback: rollback,
  }) => {
    await rollback.goto(PROD.id, PROD.upgrade);
    await expect(rollback.summary('changed')).toBeVisible();
    await shell.settled();
    await rollback.page.evaluate(() => window.scrollTo(0, 0));
    await shot('template rollback');
    await checkA11y(page, { name: 'template rollback' });

    await rollback.rollBackButton.click();
    await expect(rollback.dialog).toBeVisible();
    await shell.settled();
    await rollback.page.evaluate(() => window.scrollTo(0, 0));
    await shot('template rollback confirmation');
    await checkA11y(page, { name: 'template rollback confirmation' });
    await rollback.cancelButton.click();
    await expect(rollback.dialog).toHaveCount(0);
    await expect(page).not.toHaveURL(/confirm=/);

    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await shell.settled();
    await rollback.page.evaluate(() => window.scrollTo(0, 0));
    await shot('template rollback dark');
    await checkA11y(page, { name: 'template rollback, dark theme' });

    await shell.chooseTheme('Light');
    await page.setViewportSize({ width: 390, height: 844 });
    await rollback.goto(PROD.id, PROD.upgrade);
    await expect(rollback.summary('changed')).toBeVisible();
    await shell.settled();
    await expectNoSidewaysScroll(page, 'the rollback at 390 px');
    await rollback.page.evaluate(() => window.scrollTo(0, 0));
    await shot('template rollback 390px');
    await checkA11y(page, { name: 'template rollback 390px' });

    await rollback.goto('ia-003', 'upg-seed-03');
    await shell.settled();
    await rollback.page.evaluate(() => window.scrollTo(0, 0));
    await shot('template rollback refused');
    await checkA11y(page, { name: 'template rollback refused' });
  });
});

test.describe('a product owner', () => {
  // The simulator answers the product owner's POST with 403, and Chromium logs it.
  test.use({ allowedConsoleErrors: [/status of 403/] });

  test('sees the preview, no controls, and the API refuses with 403', async ({
    page,
    simulator,
    checkA11y,
    templateRollback: rollback,
  }) => {
    await simulator.bootSimulator({ userId: personas.productOwner });
    await rollback.goto(PROD.id, PROD.upgrade, '?components=grafana');
    await expect(rollback.readOnlyNotice).toBeVisible();
    await expect(rollback.readOnlyChoice.getByRole('listitem')).toHaveText([
      /^grafana 1\.9 → back to 1\.8$/,
    ]);
    await expect(rollback.summary('changed')).toHaveAccessibleName(/^1 changed/);
    await expect(rollback.choice).toHaveCount(0);
    await expect(rollback.rollBackButton).toHaveCount(0);
    await expect(rollback.comment).toHaveCount(0);
    // The view options are in the URL too, beside the choice: a shared link shows the same.
    await rollback.preview.getByRole('button', { name: 'Inline', exact: true }).click();
    await expect(page).toHaveURL(/view=inline/);
    await expect(page).toHaveURL(/components=grafana/);
    await page.reload();
    await expect(
      rollback.preview.getByRole('button', { name: 'Inline', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
    await checkA11y(page, { name: 'template rollback, product owner' });

    const app = await simulator.api({ method: 'GET', path: `/installed-applications/${PROD.id}` });
    const answer = await postWork(
      simulator,
      `/installed-applications/${PROD.id}/upgrades/${PROD.upgrade}/rollback`,
      { revision: (app.body as { revision: number }).revision, components: ['grafana'] },
    );
    expect(answer.status).toBe(403);
    expect(await rollbackOperations(simulator)).toHaveLength(0);
  });
});
