import { expect, personas, test } from '../fixtures';
import { expectNoSidewaysScroll } from '../support/layout';

test.describe('installed applications', () => {
  test('the list: template, version, a marker when newer versions exist, upgrade status; filter in the URL', async ({
    page,
    installed,
    checkA11y,
    shot,
  }) => {
    await installed.gotoList();
    const prod = installed.row('observability-prod');
    await expect(prod).toContainText('observability-stack');
    await expect(prod).toContainText('1.9');
    await expect(prod).toContainText('1.12 available (3 newer versions)');
    await expect(prod).toContainText('Upgraded');
    const copy = installed.row('spacetech-portal-copy');
    await expect(copy).toContainText('1.0');
    await expect(copy).not.toContainText('available');
    await expect(installed.row('observability-staging')).not.toContainText('available');
    await expect(installed.row('team-wiki-hr')).toContainText('Partially upgraded');
    await expect(installed.row('retail-platform-us')).toContainText('Rolled back');
    await checkA11y(page, { name: 'installed applications list' });
    await shot('installed applications list');

    await page.getByRole('combobox', { name: 'Newer version available' }).click();
    await page.getByRole('option', { name: 'Yes' }).click();
    await expect(page).toHaveURL(/updateAvailable=true/);
    await expect(installed.row('observability-staging')).toHaveCount(0);
    await expect(installed.row('observability-prod')).toBeVisible();
    await page.reload();
    await expect(installed.row('observability-staging')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Newer version available' })).toHaveText('Yes');
  });

  test('upgrade management of ia-002: current version, versions it can go to, Review changes', async ({
    page,
    installed,
    checkA11y,
    shot,
  }) => {
    await installed.goto('ia-002');
    await expect(page.getByRole('heading', { level: 1, name: 'observability-prod' })).toBeVisible();
    await expect(installed.main).toContainText('In sync: all');
    const radios = installed.targets.getByRole('radio');
    await expect(radios).toHaveCount(3);
    await expect(installed.targets.getByRole('radio', { name: '1.12 (latest)' })).toBeChecked();
    await installed.targets.getByRole('radio', { name: '1.10', exact: true }).check();
    await expect(installed.reviewChanges).toHaveAttribute(
      'href',
      '/installed-applications/ia-002/upgrade?to=1.10',
    );
    expect(await installed.recordRows()).toEqual([
      ['1.8 → 1.9', 'Upgraded'],
      ['1.7 → 1.8', 'Upgraded'],
    ]);
    await checkA11y(page, { name: 'upgrade management' });
    await shot('upgrade management');
  });

  test('ia-003: up to date, its records with their statuses, newest first', async ({
    installed,
  }) => {
    await installed.goto('ia-003');
    await expect(installed.main).toContainText('Up to date: 1.12 is the latest version');
    await expect(installed.reviewChanges).toHaveCount(0);
    expect(await installed.recordRows()).toEqual([
      ['1.11 → 1.12', 'Upgraded'],
      ['1.11 → 1.12', 'Failed'],
      ['1.10 → 1.11', 'Upgraded'],
    ]);
    await installed.records.getByRole('link', { name: /upg-seed-04/ }).click();
    await expect(installed.page).toHaveURL(
      /\/installed-applications\/ia-003\/upgrades\/upg-seed-04$/,
    );
    await expect(installed.summary('Status')).toHaveText('Failed');
    await expect(installed.main).toContainText('The upgrade failed');
    await expect(installed.rollBack).toHaveCount(0);
  });

  test('ia-005 is partially upgraded: it can be brought up to its own version', async ({
    installed,
  }) => {
    await installed.goto('ia-005');
    await expect(installed.main).toContainText('Partially upgraded:');
    await expect(
      installed.targets.getByRole('radio', { name: /^1\.1 \(the current version/ }),
    ).toBeVisible();
    expect((await installed.recordRows())[0]).toEqual(['1.0 → 1.1', 'Partially upgraded']);
  });

  test('the record of upg-seed-02 offers Roll back; an older one says why not', async ({
    page,
    installed,
    checkA11y,
    shot,
  }) => {
    await installed.gotoRecord('ia-002', 'upg-seed-02');
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade 1.8 → 1.9' })).toBeVisible();
    await expect(installed.summary('Status')).toHaveText('Upgraded');
    await expect(installed.summary('Upgraded by')).toHaveText('Alex Morgan');
    await expect(installed.rollBack).toHaveAttribute(
      'href',
      '/installed-applications/ia-002/upgrades/upg-seed-02/rollback',
    );
    await checkA11y(page, { name: 'upgrade record' });
    await shot('upgrade record');

    await installed.gotoRecord('ia-002', 'upg-seed-01');
    await expect(installed.rollBack).toHaveCount(0);
    await expect(installed.main).toContainText('Only the most recent upgrade can be rolled back');
    await checkA11y(page, { name: 'upgrade record, not most recent' });
    await shot('upgrade record, not most recent');
  });

  test('a running upgrade shows its live progress on the page and on its record', async ({
    page,
    installed,
    simulator,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: { operationSpeed: 0.05 } });
    await installed.goto('ia-002');
    const diff = await simulator.api({
      method: 'GET',
      path: '/installed-applications/ia-002/upgrade-diff?to=1.10',
    });
    const preselected = (diff.body as { preselected: string[] }).preselected;
    const started = await simulator.api({
      method: 'POST',
      path: '/installed-applications/ia-002/upgrades',
      body: { revision: 3, toVersion: '1.10', components: preselected },
      headers: { 'Idempotency-Key': 'e2e-running-upgrade' },
    });
    expect(started.status).toBe(202);
    await page.reload();
    await expect(installed.main.getByRole('alert', { name: 'Upgrading 1.9 → 1.10' })).toBeVisible();
    await expect(
      installed.main.getByRole('progressbar', { name: /^Upgrading 1\.9 → 1\.10/ }),
    ).toBeVisible();
    await shot('upgrade management, upgrading');
    await installed.main.getByRole('link', { name: 'Open its upgrade record' }).click();
    await expect(installed.summary('Status')).toHaveText('Upgrading');
    await expect(installed.main.getByRole('heading', { name: 'Upgrade progress' })).toBeVisible();
    await expect(installed.main).toContainText('An upgrade is still running');
    await expect(installed.rollBack).toHaveCount(0);
  });

  test('390 px: the list and a record fit without sideways scroll', async ({
    page,
    installed,
    shot,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await installed.gotoList();
    await expectNoSidewaysScroll(page, 'the installed applications list at 390 px');
    await shot('installed applications list 390');
    await installed.goto('ia-002');
    await expectNoSidewaysScroll(page, 'upgrade management at 390 px');
    await shot('upgrade management 390');
  });
});

test.describe('installed applications: read-only people', () => {
  test('a product owner reads the record but gets no Roll back', async ({
    installed,
    simulator,
  }) => {
    await simulator.bootSimulator({ userId: personas.productOwner });
    await installed.gotoRecord('ia-002', 'upg-seed-02');
    await expect(installed.rollBack).toHaveCount(0);
    await expect(installed.main).toContainText('rolling back needs the Administrator role');
  });
});

test.describe('installed applications: dark theme', () => {
  test('the list and a record pass axe in the dark theme', async ({
    page,
    shell,
    installed,
    checkA11y,
    shot,
  }) => {
    await installed.gotoList();
    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await shell.settled();
    await checkA11y(page, { name: 'installed applications list, dark theme' });
    await installed.gotoRecord('ia-003', 'upg-seed-04');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await checkA11y(page, { name: 'failed upgrade record, dark theme' });
    await shot('failed upgrade record dark');
  });
});
