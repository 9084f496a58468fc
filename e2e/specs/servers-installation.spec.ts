import { expect, personas, test } from '../fixtures';
import { expectNoSidewaysScroll } from '../support/layout';
import {
  completeUpgradeViaApi,
  LATEST_SERVER_RELEASE,
  serverRecord,
  spacetech,
} from '../support/servers-api';
import type { Db } from '../support/simulator';

/** Operations finish in a blink: the spec watches what they leave, not how long they take. */
test.use({ operationSpeed: 100, permissions: ['clipboard-read', 'clipboard-write'] });

function storedService(db: Db, service: string) {
  const found = serverRecord(db, spacetech.id).services.find((s) => s.service === service);
  if (!found) throw new Error(`spacetech has no ${service} service`);
  return found;
}

test.describe('server installation', () => {
  test('an operator finds spacetech, reads its 3.7.2 hashes and runners, and runs a check', async ({
    page,
    shell,
    serversList,
    server,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ userId: personas.operator });
    await page.goto('/');
    await shell.navigateTo('Servers');
    await expect(serversList.heading).toBeVisible();
    await expect(serversList.count).toHaveText('3 servers');
    await serversList.searchAndSubmit('space');
    await serversList.expectQuery({ q: 'space' });
    await expect(serversList.rows).toHaveCount(1);
    const row = serversList.row('Space Tech');
    await expect(await serversList.cell(row, 'Package version')).toHaveText('3.7.2');
    await expect(await serversList.cell(row, 'Upgrade')).toHaveText('Upgrade to 3.8.1');
    await expect(await serversList.cell(row, 'Runners below minimum')).toHaveText('1');
    await checkA11y(page, { name: 'servers list' });
    await shot('servers list');

    await serversList.nameLink('Space Tech').click();
    await expect(server.heading('Space Tech')).toBeVisible();
    await expect(page).toHaveURL(/\/servers\/spacetech$/);
    const before = await simulator.state();
    const api = storedService(before, 'api');
    const apiRow = server.service('api');
    await expect(apiRow.getByRole('cell').nth(0)).toHaveText('3.7.2');
    // 12 hex digits on screen; the whole digest read out and copied.
    await expect(apiRow.getByText(api.hash.slice(7, 19), { exact: true })).toBeVisible();
    await expect(apiRow.getByRole('cell').nth(1)).toContainText(api.hash);
    await apiRow.getByRole('button', { name: 'Copy the api hash' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(api.hash);
    await expect(server.runner('spacetech-macos-02')).toContainText(
      'Below the minimum 1.9.0 (since 3.8.0)',
    );
    await expect(server.runner('spacetech-macos-01')).toContainText('Meets 1.9.0');
    await expect(server.upgradeLink).toHaveAttribute(
      'href',
      `/servers/spacetech/upgrade?to=${LATEST_SERVER_RELEASE}`,
    );
    await checkA11y(page, { name: 'server installation' });
    await shot('server installation');

    await server.runCheck.click();
    await expect(server.checkStatus).toHaveText(
      'Check finished: the statuses below are the ones it saw.',
    );
    const checked = await simulator.state();
    const checks = checked.operations.filter((o) => o.kind === 'server.check');
    expect(checks.map((o) => o.status)).toEqual(['succeeded']);
    expect(serverRecord(checked, spacetech.id).lastCheckAt).not.toBe(
      serverRecord(before, spacetech.id).lastCheckAt,
    );
  });

  test('an operator opens an upgrade record from the Upgrades tab: downtime, hashes, runners', async ({
    page,
    server,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ userId: personas.operator });
    await server.goto(spacetech.id);
    const api = storedService(await simulator.state(), 'api');
    const done = await completeUpgradeViaApi(simulator);
    await server.tab('Upgrades').click();
    const link = server.upgrades.getByRole('link', { name: `Upgrade 3.7.2 → 3.8.1, ${done.id}` });
    await expect(link).toBeVisible();
    await checkA11y(page, { name: 'server upgrades tab' });
    await link.click();
    await expect(server.heading('Upgrade 3.7.2 → 3.8.1')).toBeVisible();
    await expect(server.summary('Status')).toHaveText('Completed');
    await expect(server.summary('Started by')).toHaveText('Olivia Park');
    await expect(server.summary('Runners still below the minimum')).toHaveText(
      'Below 1.9.0: spacetech-macos-02 (1.8.7)',
    );
    // Measured on the page's clock from down to up (operations run 100 times faster here).
    const unreachable = server.section('Unreachable window');
    const seconds = Math.round(
      (Date.parse(done.upAt ?? '') - Date.parse(done.downAt ?? '')) / 1000,
    );
    expect(seconds).toBeLessThan(60);
    await expect(unreachable).toContainText(`Unreachable window${String(seconds)} sDown at `);
    await expect(unreachable.locator('time')).toHaveCount(2);
    expect(
      await unreachable
        .locator('time')
        .evaluateAll((t) => t.map((e) => e.getAttribute('datetime'))),
    ).toEqual([done.downAt, done.upAt]);
    const after = done.hashesAfter.find((h) => h.service === 'api');
    await expect(server.hashRow('api')).toContainText(api.hash);
    await expect(server.hashRow('api')).toContainText(after?.hash ?? 'no api hash after');
    await expect(server.hashRow('api').getByRole('cell').last()).toHaveText('Changed');
    await expect(server.hashRow('monitor').getByRole('cell').last()).toHaveText('New service');
    await checkA11y(page, { name: 'server upgrade record' });
    await shot('server upgrade record');
  });

  test('a viewer reads the installation but is offered no Run check and no Upgrade', async ({
    server,
    simulator,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await server.goto(spacetech.id);
    await expect(server.service('api')).toBeVisible();
    await expect(server.main).toContainText('Upgrade available → 3.8.1');
    await expect(server.runCheck).toHaveCount(0);
    await expect(server.upgradeLink).toHaveCount(0);
    await expect(server.main.getByRole('button', { name: /upgrade|check/i })).toHaveCount(0);
  });
});

test.describe('servers on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the list, the installation and a record fit the phone', async ({
    page,
    serversList,
    server,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ userId: personas.operator });
    await serversList.goto();
    await expect(serversList.row('Space Tech')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the servers list');
    await shot('servers list phone');

    await server.goto(spacetech.id);
    await expect(server.service('api')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the installation');
    await checkA11y(page, { name: 'server installation, phone' });
    await shot('server installation phone');

    const done = await completeUpgradeViaApi(simulator);
    await page.goto(`/servers/spacetech/upgrades/${done.id}`);
    await expect(server.heading('Upgrade 3.7.2 → 3.8.1')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the upgrade record');
    await shot('server upgrade record phone');
  });
});
