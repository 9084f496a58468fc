import type { Page } from '@playwright/test';
import type { Operation } from '@/contract/operations';
import type { Db } from '../../mocks/db';
import { compareVersions, newestOf } from '../../src/features/self-hosted/version-order';
import { expect, test } from '../fixtures';
import { sortedName } from '../pages/my-applications.page';
import { fixClock } from '../support/clock';
import { postRegistration, postSwitch, startedOperation } from '../support/self-hosted-api';
import type { SimulatorControl } from '../support/simulator';

type StoredApp = Db['selfHosted'][number];

const FLEET = { id: 'sh-003', name: 'Fleet Telemetry' };
const VISITOR = { id: 'sh-004', name: 'Visitor Management' };

function stored(db: Db, id: string): StoredApp {
  const app = db.selfHosted.find((a) => a.id === id);
  if (!app) throw new Error(`the simulator has no self-hosted application ${id}`);
  return app;
}

const activeOf = (app: StoredApp) => app.versions.find((v) => v.status === 'active');

/** What a row must show, worked out from what the simulator stores (not from the UI's code). */
function expectedRow(app: StoredApp) {
  const active = activeOf(app)?.version ?? '';
  const newest = newestOf(app.versions.map((v) => v.version)) ?? '';
  const registered = app.versions.find((v) => v.status === 'registered');
  const denied = app.tenants.filter((t) => t.provisioning === 'denied').length;
  const state = [
    registered ? `${registered.version} registered for test` : '',
    denied ? `${String(denied)} tenant${denied === 1 ? '' : 's'} without access` : '',
  ].join('');
  return [
    active,
    newest,
    compareVersions(newest, active) > 0 ? `Yes → ${newest}` : '—No',
    state || '—Nothing in progress',
    String(app.tenants.length),
    /^(\d+ \w+ ago|yesterday|last \w+)$/,
  ];
}

/** The list's own query string, as sorted [key, value] pairs. */
async function expectQuery(page: Page, expected: Record<string, string>) {
  await expect
    .poll(() => [...new URL(page.url()).searchParams.entries()].sort())
    .toEqual(Object.entries(expected).sort());
  await expect(page).toHaveURL(/\/my-applications(\?|$)/);
}

async function finished(simulator: SimulatorControl, operation: Operation) {
  await expect
    .poll(
      async () => {
        const answer = await simulator.api({ method: 'GET', path: `/operations/${operation.id}` });
        return (answer.body as Operation).status;
      },
      { timeout: 20_000, message: `${operation.title} finishes` },
    )
    .toBe('succeeded');
}

test.describe('My Applications list', () => {
  // Wide enough for every column: narrower tables hide Newest version, Tenants and Updated.
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('shows every application with its versions and state as the simulator holds them; passes axe', async ({
    page,
    myApplications: list,
    simulator,
    checkA11y,
    shot,
  }) => {
    await fixClock(page);
    await list.goto();
    await expect(list.heading).toBeVisible();
    const db = await simulator.state();
    const byName = [...db.selfHosted].sort((a, b) => a.name.localeCompare(b.name));
    await expect(list.rows).toHaveCount(byName.length);
    expect(await list.names()).toEqual(byName.map((a) => a.name));
    await expect(list.resultCount).toHaveText(`${String(byName.length)} applications`);
    await expect(list.sortButton('Name')).toHaveAccessibleName(sortedName('Name', 'ascending'));
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(list.pageLabel).toHaveText('Page 1 of 1');

    for (const app of byName) {
      await expect(list.row(app.name).getByRole('cell'), app.name).toHaveText(expectedRow(app));
    }
    // Spot checks a reader can verify against the seed at a glance.
    await expect(await list.cell('Field Service Scheduler', 'Update available')).toHaveText(
      'Yes → 2.10.0',
    );
    await expect(await list.cell(FLEET.name, 'Status')).toHaveText('1 tenant without access');
    await expect(await list.cell(VISITOR.name, 'Status')).toHaveText('5.1.0 registered for test');
    await expect(await list.cell('Warehouse Inventory', 'Active version')).toHaveText('4.0.0');

    await checkA11y(page, { name: 'my applications list' });
    await shot('my applications list');
  });

  test('a column header sorts, then reverses, and the URL follows', async ({
    page,
    myApplications: list,
    simulator,
  }) => {
    await list.goto();
    const db = await simulator.state();
    await expect(list.rows).toHaveCount(db.selfHosted.length);
    const byActive = (direction: 1 | -1) =>
      [...db.selfHosted]
        .sort(
          (a, b) =>
            direction *
              compareVersions(activeOf(a)?.version ?? '0.0.0', activeOf(b)?.version ?? '0.0.0') ||
            a.name.localeCompare(b.name),
        )
        .map((a) => a.name);

    await list.sortBy('Active version');
    await expectQuery(page, { sort: 'activeVersion' });
    await expect(list.sortButton('Active version')).toHaveAccessibleName(
      sortedName('Active version', 'ascending'),
    );
    await expect(list.sortButton('Name')).toHaveAccessibleName('Name');
    await expect.poll(() => list.names()).toEqual(byActive(1));

    await list.sortBy('Active version');
    await expectQuery(page, { sort: 'activeVersion', order: 'desc' });
    await expect(list.columnHeader('Active version')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => list.names()).toEqual(byActive(-1));
    // 5.0.0 is the highest active version (above 4.0.0), 1.3.2 the lowest.
    expect(await list.names()).toMatchObject({ 0: VISITOR.name, 5: 'Energy Meter Gateway' });

    await list.sortBy('Updated');
    await expectQuery(page, { sort: 'updatedAt', order: 'desc' });
    const newestFirst = [...db.selfHosted]
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((a) => a.name);
    await expect.poll(() => list.names()).toEqual(newestFirst);

    // The URL is the state: a reload keeps the sort.
    await page.reload();
    await expect(list.sortButton('Updated')).toHaveAccessibleName(
      sortedName('Updated', 'descending'),
    );
    await expect.poll(() => list.names()).toEqual(newestFirst);
  });

  test('search and the "Update available" filter narrow the list and live in the URL', async ({
    page,
    myApplications: list,
    simulator,
  }) => {
    await list.goto();
    const db = await simulator.state();
    await expect(list.rows).toHaveCount(db.selfHosted.length);

    await list.searchAndSubmit('fleet');
    await expectQuery(page, { q: 'fleet' });
    await expect.poll(() => list.names()).toEqual([FLEET.name]);
    await expect(list.resultCount).toHaveText('1 application');

    await list.clearFiltersButton.click();
    await expectQuery(page, {});
    await expect(list.search).toHaveValue('');
    await expect(list.search).toBeFocused();
    await expect(list.rows).toHaveCount(db.selfHosted.length);

    const withUpdate = db.selfHosted
      .filter((a) => {
        const active = activeOf(a)?.version ?? '0.0.0';
        return a.versions.some((v) => compareVersions(v.version, active) > 0);
      })
      .map((a) => a.name)
      .sort();
    expect(withUpdate).toContain('Field Service Scheduler');
    expect(withUpdate).not.toContain('Expense Capture');
    await list.filterUpdateAvailable('Yes');
    await expectQuery(page, { updateAvailable: 'true' });
    await expect.poll(() => list.names()).toEqual(withUpdate);
    await expect(list.updateAvailableFilter).toHaveText('Yes');

    await list.filterUpdateAvailable('No');
    await expectQuery(page, { updateAvailable: 'false' });
    await expect
      .poll(() => list.names())
      .toEqual(
        db.selfHosted
          .map((a) => a.name)
          .filter((n) => !withUpdate.includes(n))
          .sort(),
      );

    // Nothing matches: the empty state offers the whole list back.
    await list.searchAndSubmit('no such application');
    await expectQuery(page, { updateAvailable: 'false', q: 'no such application' });
    await expect(list.noMatchHeading).toBeVisible();
    await expect(list.resultCount).toHaveText('No applications');
    await list.showAllButton.click();
    await expectQuery(page, {});
    await expect(list.rows).toHaveCount(db.selfHosted.length);
  });

  test('a name opens the application; Back and the crumb return to the list as it was left', async ({
    page,
    shell,
    myApplications: list,
    selfHostedApp: app,
  }) => {
    await list.goto('?q=e&sort=activeVersion&order=desc');
    await list.nameLink(FLEET.name).click();
    await expect(page).toHaveURL(new RegExp(`/my-applications/${FLEET.id}$`));
    await expect(app.heading(FLEET.name)).toBeVisible();
    await expect(app.tab('Versions')).toHaveAttribute('aria-selected', 'true');
    await expect(shell.breadcrumbs.getByRole('link', { name: 'My Applications' })).toHaveAttribute(
      'href',
      '/my-applications?q=e&sort=activeVersion&order=desc',
    );

    // Through a tab first: the list's query string must survive moving between tabs.
    await app.openTab('Tenants');
    await expect(page).toHaveURL(new RegExp(`/my-applications/${FLEET.id}/tenants$`));
    await app.backLink.click();
    await expect(list.heading).toBeVisible();
    await expectQuery(page, { q: 'e', sort: 'activeVersion', order: 'desc' });
    await expect(list.sortButton('Active version')).toHaveAccessibleName(
      sortedName('Active version', 'descending'),
    );
  });

  test.describe('a failing list', () => {
    test.use({ allowedConsoleErrors: [/status of 500/] });

    test('a 500 shows the problem in place of the table; Retry recovers', async ({
      myApplications: list,
      simulator,
    }) => {
      await simulator.bootSimulator({
        scenario: { failure: { endpointId: 'listSelfHostedApplications', status: 500 } },
      });
      await list.goto();
      await expect(list.error).toContainText('My applications could not be loaded', {
        timeout: 10_000,
      });
      await expect(list.error).toContainText('Simulated failure of listSelfHostedApplications');
      await expect(list.table).toHaveCount(0);
      await expect(list.heading).toBeVisible();

      await simulator.clearScenario();
      await list.retryButton.click();
      await expect(list.rows).toHaveCount(6);
      await expect(list.error).toHaveCount(0);
    });
  });
});

test.describe('a self-hosted application page', () => {
  test('every tab opens by clicking, has its own URL, keeps the live state in view and passes axe', async ({
    page,
    shell,
    selfHostedApp: app,
    checkA11y,
    shot,
  }) => {
    // Four axe scans and screenshots: more than the default 30 s on a busy machine.
    test.setTimeout(60_000);
    await app.goto(VISITOR.id);
    await shell.chooseTheme('Light');
    await expect(app.heading(VISITOR.name)).toBeVisible();
    await expect(app.main.getByText('by Spacetech Apps')).toBeVisible();
    await expect(
      app.main.getByText('Front-desk check-in, badges and host notifications'),
    ).toBeVisible();
    await expect(app.activeVersion).toHaveText('Active version 5.0.0');
    await expect(app.updateAvailable).toHaveText('Update available → 5.1.0');

    const content = {
      Versions: app.panel,
      Tenants: app.tenantsTable(VISITOR.name),
      Settings: app.rolesTable('5.0.0'),
      History: app.noHistory,
    } as const;
    for (const tab of ['Versions', 'Tenants', 'Settings', 'History'] as const) {
      await app.openTab(tab);
      const segment = tab === 'Versions' ? '' : `/${tab.toLowerCase()}`;
      await expect(page).toHaveURL(new RegExp(`/my-applications/${VISITOR.id}${segment}$`));
      await expect(app.tab(tab)).toHaveAttribute('aria-selected', 'true');
      await expect(content[tab]).toBeVisible();
      // The registration is said on every tab, with a way to the Versions tab from the others.
      await expect(app.registrationBanner).toHaveAccessibleName('5.1.0 is registered for test');
      await expect(app.registrationBanner).toContainText(
        '5.0.0 keeps serving users. Confirm Update on the Versions tab switches to 5.1.0.',
      );
      await expect(
        app.registrationBanner.getByRole('link', { name: 'Go to Versions' }),
      ).toHaveCount(tab === 'Versions' ? 0 : 1);
      await shell.settled();
      await checkA11y(page, { name: `self-hosted application ${tab}` });
      await shot(`self-hosted application ${tab}`);
    }
    await expect(app.panel).toContainText(
      `Registrations to test, withdrawals and version switches of ${VISITOR.name} will be listed here.`,
    );
    await expect(app.tenantRows(VISITOR.name)).toHaveCount(0);

    await app.openTab('Tenants');
    await expect(app.tenantRows(VISITOR.name)).toHaveCount(3);
    await expect(app.tenantRow(VISITOR.name, 'Lumen Offices').getByRole('cell')).toHaveText([
      'Not required',
      '5.0.0',
      'Has access',
    ]);
    await app.registrationBanner.getByRole('link', { name: 'Go to Versions' }).click();
    await expect(page).toHaveURL(new RegExp(`/my-applications/${VISITOR.id}$`));
    await expect(app.tab('Versions')).toHaveAttribute('aria-selected', 'true');
  });

  test('Tenants: a switch provisions them, one denies and has no access, the rest move on', async ({
    page,
    selfHostedApp: app,
    simulator,
    shot,
  }) => {
    // Register (3 s) and switch (7.3 s) run on the simulator's real-time clock.
    test.setTimeout(60_000);
    await app.goto(FLEET.id, 'Tenants');
    await expect(app.provisioningIntro).toContainText(
      'the switch provisions every tenant with access to the new version automatically',
    );
    await expect(app.provisioningIntro).toContainText(
      '3.1.0, the active version, requires app credentials',
    );
    await expect(app.tenantRows(FLEET.name)).toHaveCount(5);
    const aurora = stored(await simulator.state(), FLEET.id).tenants.find(
      (t) => t.id === 't-aurora',
    );
    await expect(app.tenantRow(FLEET.name, 'Aurora Wind Parks').getByRole('cell')).toHaveText([
      'Denied',
      'None',
      `No access${aurora?.noAccessReason ?? 'a reason'}`,
    ]);

    await finished(
      simulator,
      startedOperation(await postRegistration(simulator, FLEET.id, '3.2.0')),
    );
    const change = { version: '3.2.0', direction: 'update', comment: 'Geofencing alerts' } as const;
    const running = startedOperation(await postSwitch(simulator, FLEET.id, change));
    // Kestrel presses Deny in the provisioning e-mail while the switch provisions it.
    await page.evaluate(() =>
      (
        window as unknown as { upshiftSimulator: { denyTenant: (a: string, t: string) => void } }
      ).upshiftSimulator.denyTenant('sh-003', 't-kestrel'),
    );
    await page.reload();

    await expect(app.switchBanner).toHaveAccessibleName('Updating to 3.2.0');
    await expect(app.switchBanner).toContainText(
      '3.1.0 keeps serving users until the switch to 3.2.0 completes.',
    );
    await expect(app.switchProgress('3.2.0')).toBeVisible();
    await expect(app.activeVersion).toHaveText('Active version 3.1.0');
    const kestrel = app.tenantRow(FLEET.name, 'Kestrel Logistics');
    await expect(kestrel.getByRole('cell')).toHaveText([
      'Denied',
      'None',
      /^No accessDenied provisioning to 3\.2\.0 on .*its users cannot use Fleet Telemetry\.$/,
    ]);
    const northwind = app.tenantRow(FLEET.name, 'Northwind Farms');
    await expect(northwind.getByRole('cell').first()).toHaveText(
      /^(Pending|Provisioned) → 3\.2\.0$/,
    );
    await expect(northwind.getByRole('cell').nth(1)).toHaveText('3.1.0');
    await shot('self-hosted tenants during a switch');

    // The page follows the switch by itself until it ends.
    await expect(app.switchBanner).toHaveCount(0, { timeout: 20_000 });
    await expect(app.activeVersion).toHaveText('Active version 3.2.0');
    await expect(northwind.getByRole('cell')).toHaveText(['Provisioned', '3.2.0', 'Has access']);
    await expect(kestrel.getByRole('cell').nth(2)).toContainText('No access');
    await expect(app.panel).toContainText('5 tenants · 2 tenants without access');
    await shot('self-hosted tenants after a switch');

    const db = await simulator.state();
    expect(db.operations.find((o) => o.id === running.id)?.status).toBe('succeeded');
    const tenants = Object.fromEntries(
      stored(db, FLEET.id).tenants.map((t) => [t.id, [t.provisioning, t.version]]),
    );
    expect(tenants).toEqual({
      't-northwind-farms': ['provisioned', '3.2.0'],
      't-contoso-mining': ['provisioned', '3.2.0'],
      't-kestrel': ['denied', null],
      't-harbor-utilities': ['provisioned', '3.2.0'],
      't-aurora': ['denied', null],
    });
  });

  test('Settings show the active version’s roles until a switch to the new one succeeded; History records it', async ({
    selfHostedApp: app,
    simulator,
    shot,
  }) => {
    test.setTimeout(60_000);
    // Half speed: the 3.3 s switch takes 6.6 s, time enough to look at it while it runs.
    await simulator.bootSimulator({ scenario: { operationSpeed: 0.5 } });
    await app.goto(VISITOR.id, 'Settings');
    const before = stored(await simulator.state(), VISITOR.id);
    const activeRoles = activeOf(before)?.roles ?? [];
    const nextRoles = before.versions.find((v) => v.version === '5.1.0')?.roles ?? [];
    expect(nextRoles.map((r) => r.name)).toContain('COMPLIANCE_AUDITOR');

    await expect(app.rolesCard).toContainText(
      'Role descriptions of version 5.0.0, the active version',
    );
    await expect(app.rolesCard).toContainText(
      '5.1.0’s role descriptions show here once a switch to it has succeeded.',
    );
    const rows = app.rolesTable('5.0.0').getByRole('row');
    await expect(rows).toHaveText([
      'RoleDescription',
      ...activeRoles.map((r) => r.name + r.description),
    ]);

    startedOperation(
      await postSwitch(simulator, VISITOR.id, {
        version: '5.1.0',
        direction: 'update',
        comment: 'Hosts pre-register guests',
      }),
    );
    await app.page.reload();
    await expect(app.switchBanner).toHaveAccessibleName('Updating to 5.1.0');
    // Not early: while the switch runs, Settings still show 5.0.0's roles.
    await expect(app.rolesTable('5.0.0')).toBeVisible();
    await expect(app.panel.getByText('COMPLIANCE_AUDITOR')).toHaveCount(0);
    await expect(app.rolesTable('5.0.0').getByRole('row', { name: /^RECEPTION/ })).toHaveText(
      'RECEPTIONRegisters visitors at the front desk',
    );
    await shot('self-hosted settings during a switch');

    await expect(app.switchBanner).toHaveCount(0, { timeout: 20_000 });
    await expect(app.activeVersion).toHaveText('Active version 5.1.0');
    await expect(app.rolesCard).toContainText(
      'Role descriptions of version 5.1.0, the active version',
    );
    await expect(app.rolesTable('5.1.0').getByRole('row')).toHaveText([
      'RoleDescription',
      ...nextRoles.map((r) => r.name + r.description),
    ]);
    const after = stored(await simulator.state(), VISITOR.id);
    expect(activeOf(after)?.version).toBe('5.1.0');

    await app.openTab('History');
    const entries = app.historyEntries(VISITOR.name);
    await expect(entries).toHaveCount(2);
    await expect(entries.first().getByRole('heading', { level: 2 })).toHaveText('Update');
    await expect(entries.first()).toContainText('Succeeded');
    await expect(entries.first()).toContainText('by Alex Morgan');
    await expect(entries.first()).toContainText('5.0.0 → 5.1.0');
    await expect(entries.first()).toContainText('Comment: Hosts pre-register guests');
    await expect(entries.nth(1)).toContainText('Started');
    const audit = (await simulator.state()).audit.filter((e) => e.resource.id === VISITOR.id);
    expect(audit.map((e) => [e.action, e.outcome, e.from, e.to]).sort()).toEqual(
      [
        ['self-hosted.update', 'started', '5.0.0', '5.1.0'],
        ['self-hosted.update', 'succeeded', '5.0.0', '5.1.0'],
      ].sort(),
    );
    await shot('self-hosted history after a switch');
  });

  test('History lists a failed switch with its reason, newest first', async ({
    selfHostedApp: app,
    simulator,
  }) => {
    test.setTimeout(60_000);
    await simulator.bootSimulator({ scenario: { operationSpeed: 4 } });
    const GATEWAY = { id: 'sh-006', name: 'Energy Meter Gateway' };
    await app.goto(GATEWAY.id, 'History');
    await expect(app.noHistory).toBeVisible();

    await finished(
      simulator,
      startedOperation(await postRegistration(simulator, GATEWAY.id, '1.5.0')),
    );
    const switching = startedOperation(
      await postSwitch(simulator, GATEWAY.id, { version: '1.5.0', direction: 'update' }),
    );
    await expect
      .poll(async () => {
        const answer = await simulator.api({ method: 'GET', path: `/operations/${switching.id}` });
        return (answer.body as Operation).status;
      })
      .toBe('failed');
    await app.page.reload();

    const entries = app.historyEntries(GATEWAY.name);
    await expect(entries.getByRole('heading', { level: 2 })).toHaveText([
      'Update',
      'Update',
      'Register to test',
      'Register to test',
    ]);
    const failed = entries.first();
    await expect(failed).toContainText('Failed');
    await expect(failed).toContainText('1.3.2 → 1.5.0');
    await expect(failed).toContainText(
      'Why: 1.5.0 did not start: 1.5.0 did not become healthy within 5 minutes, so traffic stays on 1.3.2.',
    );
    await expect(entries.nth(2)).toContainText('Succeeded');
    await expect(entries.nth(2)).toContainText('— → 1.5.0');
    await expect(app.activeVersion).toHaveText('Active version 1.3.2');
  });

  test('passes axe in the dark theme (Tenants)', async ({
    page,
    shell,
    selfHostedApp: app,
    checkA11y,
    shot,
  }) => {
    await app.goto(FLEET.id, 'Tenants');
    await expect(app.tenantRows(FLEET.name)).toHaveCount(5);
    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await shell.settled();
    await checkA11y(page, { name: 'self-hosted tenants, dark theme' });
    await shot('self-hosted tenants dark');
  });

  test.describe('an unknown application', () => {
    // The simulator answers 404, and Chromium logs that failed request.
    test.use({ allowedConsoleErrors: [/status of 404/] });

    test('shows the "Page not found" screen on any tab', async ({ shell, selfHostedApp: app }) => {
      await app.goto('sh-999', 'Tenants');
      await expect(shell.heading('Page not found')).toBeVisible();
      await expect(app.tabs).toHaveCount(0);
      await expect(app.backLink).toHaveCount(0);
    });
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  const overflow = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  test('neither the list nor any tab scrolls the page sideways', async ({
    page,
    myApplications: list,
    selfHostedApp: app,
    shot,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(6);
    // The Status column is folded under the name.
    await expect(list.columnHeader('Status')).toBeHidden();
    await expect(list.row(VISITOR.name).getByRole('rowheader')).toContainText(
      '5.1.0 registered for test',
    );
    expect(await overflow(page), 'the list scrolls sideways').toBeLessThanOrEqual(0);
    await shot('my applications phone');

    for (const tab of ['Versions', 'Tenants', 'Settings', 'History'] as const) {
      await app.goto(FLEET.id, tab);
      await expect(app.tab(tab)).toHaveAttribute('aria-selected', 'true');
      await expect(app.heading(FLEET.name)).toBeVisible();
      if (tab === 'Tenants')
        await expect(app.tenantCard(FLEET.name, 'Kestrel Logistics')).toBeVisible();
      if (tab === 'Settings') await expect(app.rolesTable('3.1.0')).toBeVisible();
      expect(await overflow(page), `${tab} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    // Tenants come as cards: what matters most (access) is seen without scrolling sideways.
    await app.goto(FLEET.id, 'Tenants');
    const aurora = app.tenantCard(FLEET.name, 'Aurora Wind Parks');
    await expect(aurora).toContainText('ProvisioningDenied');
    await expect(aurora).toContainText('No access');
    await expect(app.panel.getByRole('listitem')).toHaveCount(5);
    expect(await overflow(page), 'Tenants cards scroll sideways').toBeLessThanOrEqual(0);
    await shot('self-hosted tenants phone');
    const noAccess = aurora.getByText('No access', { exact: true });
    await noAccess.scrollIntoViewIfNeeded();
    await expect(noAccess).toBeInViewport({ ratio: 1 });
  });
});
