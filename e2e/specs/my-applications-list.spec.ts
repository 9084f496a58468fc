import { compareVersions, newestOf } from '../../src/features/self-hosted/version-order';
import { expect, test } from '../fixtures';
import { sortedName } from '../pages/server-list.page';
import { fixClock } from '../support/clock';
import { WIDE } from '../support/seeded-applications';
import {
  activeOf,
  fleetTelemetry,
  visitorManagement,
  type StoredSelfHostedApp,
} from '../support/self-hosted-api';

/** What a row must show, worked out from what the simulator stores (not from the UI's code). */
function expectedRow(app: StoredSelfHostedApp) {
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

test.describe('My Applications list', () => {
  // Wide enough for every column: narrower tables hide Newest version, Tenants and Updated.
  test.use({ viewport: WIDE });

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
    await expect(await list.cell(fleetTelemetry.name, 'Status')).toHaveText(
      '1 tenant without access',
    );
    await expect(await list.cell(visitorManagement.name, 'Status')).toHaveText(
      '5.1.0 registered for test',
    );
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
    await list.expectQuery({ sort: 'activeVersion' });
    await expect(list.sortButton('Active version')).toHaveAccessibleName(
      sortedName('Active version', 'ascending'),
    );
    await expect(list.sortButton('Name')).toHaveAccessibleName('Name');
    await expect.poll(() => list.names()).toEqual(byActive(1));

    await list.sortBy('Active version');
    await list.expectQuery({ sort: 'activeVersion', order: 'desc' });
    await expect(list.columnHeader('Active version')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => list.names()).toEqual(byActive(-1));
    // 5.0.0 is the highest active version (above 4.0.0), 1.3.2 the lowest.
    expect(await list.names()).toMatchObject({
      0: visitorManagement.name,
      5: 'Energy Meter Gateway',
    });

    await list.sortBy('Updated');
    await list.expectQuery({ sort: 'updatedAt', order: 'desc' });
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
    myApplications: list,
    simulator,
  }) => {
    await list.goto();
    const db = await simulator.state();
    await expect(list.rows).toHaveCount(db.selfHosted.length);

    await list.searchAndSubmit('fleet');
    await list.expectQuery({ q: 'fleet' });
    await expect.poll(() => list.names()).toEqual([fleetTelemetry.name]);
    await expect(list.resultCount).toHaveText('1 application');

    await list.clearFiltersButton.click();
    await list.expectQuery({});
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
    await list.expectQuery({ updateAvailable: 'true' });
    await expect.poll(() => list.names()).toEqual(withUpdate);
    await expect(list.updateAvailableFilter).toHaveText('Yes');

    await list.filterUpdateAvailable('No');
    await list.expectQuery({ updateAvailable: 'false' });
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
    await list.expectQuery({ updateAvailable: 'false', q: 'no such application' });
    await expect(list.noMatchHeading).toBeVisible();
    await expect(list.resultCount).toHaveText('No applications');
    await list.showAllButton.click();
    await list.expectQuery({});
    await expect(list.rows).toHaveCount(db.selfHosted.length);
  });

  test('a name opens the application; Back and the crumb return to the list as it was left', async ({
    page,
    shell,
    myApplications: list,
    selfHostedApp: app,
  }) => {
    await list.goto('?q=e&sort=activeVersion&order=desc');
    await list.nameLink(fleetTelemetry.name).click();
    await expect(page).toHaveURL(new RegExp(`/my-applications/${fleetTelemetry.id}$`));
    await expect(app.heading(fleetTelemetry.name)).toBeVisible();
    await expect(app.tab('Versions')).toHaveAttribute('aria-selected', 'true');
    await expect(shell.breadcrumbs.getByRole('link', { name: 'My Applications' })).toHaveAttribute(
      'href',
      '/my-applications?q=e&sort=activeVersion&order=desc',
    );

    // Through a tab first: the list's query string must survive moving between tabs.
    await app.openTab('Tenants');
    await expect(page).toHaveURL(new RegExp(`/my-applications/${fleetTelemetry.id}/tenants$`));
    await app.backLink.click();
    await expect(list.heading).toBeVisible();
    await list.expectQuery({ q: 'e', sort: 'activeVersion', order: 'desc' });
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
