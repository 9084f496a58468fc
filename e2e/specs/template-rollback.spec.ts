import { expect, personas, test } from '../fixtures';
import type { SimulatorControl } from '../support/simulator';

/** ia-002 "observability-prod": upg-seed-02 (1.8 → 1.9) is its most recent upgrade. */
const PROD = { id: 'ia-002', name: 'observability-prod', upgrade: 'upg-seed-02' };

async function installed(simulator: SimulatorControl, id: string) {
  const state = await simulator.state();
  const app = state.templateUpgrades.applications.find((a) => a.id === id);
  if (!app) throw new Error(`no installed application ${id}`);
  return app;
}

async function rollbackOperations(simulator: SimulatorControl) {
  return (await simulator.state()).operations.filter((o) => o.kind === 'template.rollback');
}

/** Waits (through the API) until an operation has finished, and says how. */
async function finished(simulator: SimulatorControl, operationId: string) {
  let status = '';
  await expect(async () => {
    const answer = await simulator.api({ method: 'GET', path: `/operations/${operationId}` });
    status = (answer.body as { status: string }).status;
    expect(['succeeded', 'failed']).toContain(status);
  }).toPass({ timeout: 20_000 });
  return status;
}

async function start(simulator: SimulatorControl, path: string, body: object) {
  const answer = await simulator.api({
    method: 'POST',
    path,
    body,
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  return (answer.body as { id: string }).id;
}

/**
 * The seed's walkthrough through the API: spacetech-portal 1.1 published (redis added, web
 * changed), the copy ia-001 upgraded to it with both. Returns the new upgrade record's id.
 */
async function portalUpgradedTo11(simulator: SimulatorControl): Promise<string> {
  const template = await simulator.api({ method: 'GET', path: '/templates/tpl-spacetech-portal' });
  const { revision } = template.body as { revision: number };
  const publish = await start(simulator, '/templates/tpl-spacetech-portal/versions', {
    revision,
    version: '1.1',
    notes: 'Redis for sessions',
  });
  expect(await finished(simulator, publish)).toBe('succeeded');
  const app = await simulator.api({ method: 'GET', path: '/installed-applications/ia-001' });
  const upgrade = await start(simulator, '/installed-applications/ia-001/upgrades', {
    revision: (app.body as { revision: number }).revision,
    toVersion: '1.1',
    components: ['redis', 'web'],
  });
  expect(await finished(simulator, upgrade)).toBe('succeeded');
  const records = await simulator.api({
    method: 'GET',
    path: '/installed-applications/ia-001/upgrades',
  });
  const [latest] = (records.body as { items: { id: string }[] }).items;
  if (!latest) throw new Error('no upgrade record for ia-001');
  return latest.id;
}

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
    const app = await installed(simulator, PROD.id);
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
    const app = await installed(simulator, 'ia-001');
    expect(app.components).toMatchObject({ web: '1.0', redis: '1.1' });
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
    expect((await installed(simulator, PROD.id)).components).toMatchObject({
      alertmanager: '1.9',
      grafana: '1.9',
      prometheus: '1.9',
    });

    await simulator.setScenario({ failingOperationKind: null });
    await rollback.tryAgainButton.click();
    await expect(rollback.progress).toHaveAccessibleName('Rolled back', { timeout: 20_000 });
    await expect(rollback.fact('Status')).toHaveText('Rolled back');
    expect((await installed(simulator, PROD.id)).components).toMatchObject({
      alertmanager: '1.8',
      grafana: '1.8',
      prometheus: '1.8',
    });
    expect(await rollbackOperations(simulator)).toHaveLength(2);
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
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
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
    const answer = await simulator.api({
      method: 'POST',
      path: `/installed-applications/${PROD.id}/upgrades/${PROD.upgrade}/rollback`,
      body: { revision: (app.body as { revision: number }).revision, components: ['grafana'] },
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(answer.status).toBe(403);
    expect(await rollbackOperations(simulator)).toHaveLength(0);
  });
});
