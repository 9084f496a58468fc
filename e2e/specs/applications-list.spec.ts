import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '../fixtures';
import { sortedName } from '../pages/applications-list.page';
import { fixClock } from '../support/clock';
import { personas } from '../support/simulator';

/** The 18 seeded applications (mocks/seed/applications.ts), in name order. */
const seededNames = [
  'claims-intake',
  'claims-intake-dr',
  'claims-legacy',
  'contract-review',
  'contract-review-legal',
  'customer-kyc',
  'customer-kyc-uk',
  'hr-onboarding',
  'hr-onboarding-staging',
  'invoice-approvals',
  'invoice-approvals-eu',
  'invoice-approvals-helm',
  'leave-requests',
  'leave-requests-apac',
  'procurement',
  'procurement-sandbox',
  'travel-expenses',
  'travel-expenses-us',
];

/** Seeded applications whose project has no released version above the deployed one. */
const upToDate = [
  'customer-kyc-uk',
  'hr-onboarding-staging',
  'invoice-approvals-eu',
  'leave-requests-apac',
  'procurement',
];

/**
 * The first load of the large dataset builds 10,000 rows in the page before the first answer;
 * on a busy CI machine that takes longer than the default 5 s expect timeout.
 */
const FIRST_LARGE_LOAD = { timeout: 15_000 };

/** The list's query string as a sorted list of [key, value] pairs (repeated keys kept). */
function listQuery(page: Page): string[][] {
  const url = new URL(page.url());
  return [...url.searchParams.entries()].sort(([a, x], [b, y]) =>
    a === b ? x.localeCompare(y) : a.localeCompare(b),
  );
}

/** Waits for the URL to carry exactly these list params (order of keys does not matter). */
async function expectListQuery(page: Page, expected: Record<string, string | string[]>) {
  const pairs = Object.entries(expected)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => [key, v]))
    .sort(([a, x], [b, y]) =>
      a === b ? (x ?? '').localeCompare(y ?? '') : (a ?? '').localeCompare(b ?? ''),
    );
  await expect.poll(() => listQuery(page), { message: 'list params in the URL' }).toEqual(pairs);
  await expect(page).toHaveURL(/\/applications(\?|$)/);
}

test.describe('applications list', () => {
  // Wide enough for every column: narrower tables hide "Deployed via" and "Updated" (columns.ts).
  test.use({ viewport: { width: 1600, height: 1000 } });

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

  test('a column header sorts, then reverses, and the URL follows', async ({
    page,
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.sortBy('Name');
    await expect(list.sortButton('Name')).toHaveAccessibleName(sortedName('Name', 'descending'));
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
    await expectListQuery(page, { order: 'desc' });
    await expect.poll(() => list.names()).toEqual([...seededNames].reverse());

    await list.sortBy('Project version');
    await expect(list.sortButton('Project version')).toHaveAccessibleName(
      sortedName('Project version', 'ascending'),
    );
    await expect(list.sortButton('Name')).toHaveAccessibleName('Name');
    await expectListQuery(page, { sort: 'projectVersion' });
    // Version 1 first, ties by name.
    await expect
      .poll(async () => (await list.names()).slice(0, 3))
      .toEqual(['claims-legacy', 'procurement-sandbox', 'travel-expenses-us']);

    await list.sortBy('Project version');
    await expect(list.sortButton('Project version')).toHaveAccessibleName(
      sortedName('Project version', 'descending'),
    );
    await expectListQuery(page, { sort: 'projectVersion', order: 'desc' });
    await expect
      .poll(async () => (await list.names()).slice(0, 2))
      .toEqual(['invoice-approvals-eu', 'leave-requests-apac']);
    await expect(list.columnHeader('Project version').first()).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  test('two statuses narrow the list, the URL and the count; the menu stays open until Escape', async ({
    page,
    applicationsList: list,
    checkA11y,
    shot,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);
    await expect(list.statusFilter).toHaveText('Any');

    await list.statusFilter.click();
    const menu = list.filterOptions('Status');
    await expect(menu.getByRole('option')).toHaveText([
      'Running',
      'Deploying',
      'Upgrading',
      'Degraded',
      'Failed',
      'Stopped',
    ]);
    await menu.getByRole('option', { name: 'Degraded', exact: true }).click();
    await expect(menu, 'a multi-select stays open for the next pick').toBeVisible();
    await menu.getByRole('option', { name: 'Failed', exact: true }).click();
    await expect(menu.getByRole('option', { name: 'Failed', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    await expect(list.statusFilter).toHaveText('Degraded, Failed');
    await expectListQuery(page, { status: ['degraded', 'failed'] });
    await expect(list.resultCount).toHaveText('3 applications');
    await expect
      .poll(() => list.names())
      .toEqual(['claims-legacy', 'procurement-sandbox', 'travel-expenses-us']);
    await expect(list.clearFiltersButton).toBeVisible();

    await checkA11y(page, { name: 'applications list, filtered' });
    await shot('applications list filtered');

    await list.clearFiltersButton.click();
    await expectListQuery(page, {});
    await expect(list.rows).toHaveCount(18);
    await expect(list.statusFilter).toHaveText('Any');
    await expect(list.search).toBeFocused();
  });

  test('"Deployed via: Helm" keeps the Helm-deployed applications', async ({
    page,
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.chooseFilter(list.deployedViaFilter, 'Helm');
    await expect(list.deployedViaFilter).toHaveText('Helm');
    await expectListQuery(page, { deployedVia: 'helm' });
    await expect(list.resultCount).toHaveText('3 applications');
    await expect
      .poll(() => list.names())
      .toEqual(['claims-legacy', 'contract-review', 'invoice-approvals-helm']);
    for (const row of await list.rows.all()) {
      await expect(await list.cell(row, 'Deployed via')).toHaveText('Helm');
    }
  });

  test('"Upgrade available: Yes" keeps those with a higher released project version', async ({
    page,
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.chooseFilter(list.upgradeAvailableFilter, 'Yes');
    await expect(list.upgradeAvailableFilter).toHaveText('Yes');
    await expectListQuery(page, { upgradeAvailable: 'true' });
    await expect(list.resultCount).toHaveText('13 applications');
    await expect
      .poll(() => list.names())
      .toEqual(seededNames.filter((name) => !upToDate.includes(name)));
    await expect(await list.cell('invoice-approvals', 'Upgrade available')).toHaveText('Yes → v10');

    await list.chooseFilter(list.upgradeAvailableFilter, 'No');
    await expectListQuery(page, { upgradeAvailable: 'false' });
    await expect(list.resultCount).toHaveText('5 applications');
    await expect.poll(() => list.names()).toEqual(upToDate);
  });

  test('search narrows the list once typing pauses, and puts q in the URL', async ({
    page,
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.search.pressSequentially('invoice', { delay: 20 });
    await expect(list.search).toHaveValue('invoice');
    await expectListQuery(page, { q: 'invoice' });
    await expect(list.resultCount).toHaveText('3 applications');
    await expect
      .poll(() => list.names())
      .toEqual(['invoice-approvals', 'invoice-approvals-eu', 'invoice-approvals-helm']);

    // Enter applies at once; the search matches anywhere in the name.
    await list.searchAndSubmit('review');
    await expectListQuery(page, { q: 'review' });
    await expect.poll(() => list.names()).toEqual(['contract-review', 'contract-review-legal']);
  });

  test('a deep link restores page, page size, sort, search and filters', async ({
    page,
    applicationsList: list,
    simulator,
  }) => {
    await simulator.bootSimulator({ largeDataset: true });
    await list.goto(
      '?q=north&status=running&deployedVia=deployment-service&upgradeAvailable=true' +
        '&sort=projectVersion&order=desc&page=2&pageSize=50',
    );

    await expect(list.resultCount).toHaveText('51–100 of 480 applications', FIRST_LARGE_LOAD);
    await expect(list.pageLabel).toHaveText('Page 2 of 10');
    await expect(list.rows).toHaveCount(50);
    // Precomputed from the generated dataset (seed 20261102): the 51st match by version, then name.
    await expect(list.rows.first().getByRole('rowheader')).toHaveText(
      'travel-expenses-north-us-00873',
    );
    const names = await list.names();
    expect(names.every((name) => name.includes('north'))).toBe(true);

    await expect(list.search).toHaveValue('north');
    await expect(list.statusFilter).toHaveText('Running');
    await expect(list.deployedViaFilter).toHaveText('Deployment service');
    await expect(list.upgradeAvailableFilter).toHaveText('Yes');
    await expect(list.sortButton('Project version')).toHaveAccessibleName(
      sortedName('Project version', 'descending'),
    );
    await expect(list.rowsPerPage).toHaveText('50');
    await expect(list.clearFiltersButton).toBeVisible();
    for (const row of (await list.rows.all()).slice(0, 5)) {
      await expect(await list.cell(row, 'Status')).toHaveText('Running');
      await expect(await list.cell(row, 'Deployed via')).toHaveText('Deployment service');
      await expect(await list.cell(row, 'Upgrade available')).toHaveText(/^Yes → v\d+$/);
    }
    // The app did not rewrite the link it was given.
    await expectListQuery(page, {
      q: 'north',
      status: 'running',
      deployedVia: 'deployment-service',
      upgradeAvailable: 'true',
      sort: 'projectVersion',
      order: 'desc',
      page: '2',
      pageSize: '50',
    });
  });

  test('browser Back restores the previous filters, search and inputs', async ({
    page,
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.chooseFilter(list.deployedViaFilter, 'Helm');
    await expectListQuery(page, { deployedVia: 'helm' });
    await expect(list.rows).toHaveCount(3);

    await list.searchAndSubmit('invoice');
    await expectListQuery(page, { deployedVia: 'helm', q: 'invoice' });
    await expect.poll(() => list.names()).toEqual(['invoice-approvals-helm']);

    await page.goBack();
    await expectListQuery(page, { deployedVia: 'helm' });
    await expect(list.search).toHaveValue('');
    await expect(list.deployedViaFilter).toHaveText('Helm');
    await expect
      .poll(() => list.names())
      .toEqual(['claims-legacy', 'contract-review', 'invoice-approvals-helm']);

    await page.goBack();
    await expectListQuery(page, {});
    await expect(list.deployedViaFilter).toHaveText('Any');
    await expect(list.rows).toHaveCount(18);
    await expect(list.clearFiltersButton).toHaveCount(0);

    await page.goForward();
    await expectListQuery(page, { deployedVia: 'helm' });
    await expect(list.rows).toHaveCount(3);
  });

  test('pages through the large dataset; 100 rows per page', async ({
    page,
    applicationsList: list,
    simulator,
    shot,
  }) => {
    await simulator.bootSimulator({ largeDataset: true });
    await list.goto();

    await expect(list.resultCount).toHaveText('1–25 of 10,018 applications', FIRST_LARGE_LOAD);
    await expect(list.pageLabel).toHaveText('Page 1 of 401');
    await expect(list.rows).toHaveCount(25);
    await expect(list.previousPageButton).toBeDisabled();
    await shot('applications list large dataset');

    await list.nextPageButton.click();
    await expect(list.pageLabel).toHaveText('Page 2 of 401');
    await expect(list.resultCount).toHaveText('26–50 of 10,018 applications');
    await expectListQuery(page, { page: '2' });
    await expect(list.rows.first().getByRole('rowheader')).toHaveText(
      'contract-review-core-br-05844',
    );
    await expect(list.previousPageButton).toBeEnabled();

    await list.choosePageSize(100);
    await expect(list.pageLabel).toHaveText('Page 1 of 101');
    await expect(list.resultCount).toHaveText('1–100 of 10,018 applications');
    await expectListQuery(page, { pageSize: '100' });
    await expect(list.rows).toHaveCount(100);
    await expect(list.rows.first().getByRole('rowheader')).toHaveText('claims-intake');
  });

  test('nothing matches: an empty state, axe-clean, and "Show all applications" brings everything back', async ({
    page,
    applicationsList: list,
    checkA11y,
  }) => {
    await list.goto('?sort=updatedAt&order=desc');
    await expect(list.rows).toHaveCount(18);

    await list.searchAndSubmit('no-such-application');
    await expect(list.noMatchHeading).toBeVisible();
    await expect(list.resultCount).toHaveText('No applications');
    await expect(list.table).toHaveCount(0);
    await expectListQuery(page, { q: 'no-such-application', sort: 'updatedAt', order: 'desc' });
    await checkA11y(page, { name: 'applications list, nothing matches' });

    await list.showAllButton.click();
    await expect(list.noMatchHeading).toHaveCount(0);
    await expect(list.rows).toHaveCount(18);
    await expect(list.search).toHaveValue('');
    // Sort is a preference, not a filter: it stays.
    await expectListQuery(page, { sort: 'updatedAt', order: 'desc' });
    await expect(list.rows.first().getByRole('rowheader')).toHaveText('contract-review-legal');
  });
});

test.describe('applications list: project and version filters', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('a project and one of its released versions keep only matching rows; Back undoes each step', async ({
    page,
    applicationsList: list,
    simulator,
    shot,
  }) => {
    await list.goto('?page=1');
    await expect(list.rows).toHaveCount(18);
    await expect(list.projectFilter).toHaveText('Any');
    await expect(list.projectVersionFilter).toHaveText('Any');

    await list.toggleProjects('Invoice Approvals', 'Customer KYC');
    await expect(list.projectFilter).toHaveText('Customer KYC, Invoice Approvals');
    await expectListQuery(page, { project: ['p-invoice', 'p-kyc'] });
    await expect(list.resultCount).toHaveText('5 applications');

    // Only the versions the two projects released (1, 2, 4, 10 and 1, 2, 3, 4), ascending.
    await list.projectVersionFilter.click();
    await expect(list.filterOptions('Project version').getByRole('option')).toHaveText([
      'Any',
      '1',
      '2',
      '3',
      '4',
      '10',
    ]);
    await list.filterOptions('Project version').getByRole('option', { name: '4' }).click();
    await expect(list.projectVersionFilter).toHaveText('4');
    await expectListQuery(page, { project: ['p-invoice', 'p-kyc'], projectVersion: '4' });
    await expect(list.resultCount).toHaveText('2 applications');
    await expect.poll(() => list.names()).toEqual(['customer-kyc-uk', 'invoice-approvals']);
    for (const row of await list.rows.all()) {
      await expect(await list.cell(row, 'Project')).toHaveText(
        /^(Invoice Approvals|Customer KYC)$/,
      );
      await expect(await list.cell(row, 'Project version')).toHaveText('4');
    }
    const stored = (await simulator.state()).applications
      .filter((a) => ['p-invoice', 'p-kyc'].includes(a.projectId) && a.projectVersion === 4)
      .map((a) => a.name)
      .sort();
    expect(await list.names()).toEqual(stored);
    await expect(list.clearFiltersButton).toBeVisible();
    await shot('applications list toolbar project filters');

    await page.goBack();
    await expectListQuery(page, { project: ['p-invoice', 'p-kyc'] });
    await expect(list.projectVersionFilter).toHaveText('Any');
    await expect(list.rows).toHaveCount(5);
    // Each tick in the menu was a step of its own.
    await page.goBack();
    await expectListQuery(page, { project: 'p-invoice' });
    await expect(list.projectFilter).toHaveText('Invoice Approvals');
    await expect(list.rows).toHaveCount(3);
    await page.goBack();
    await expectListQuery(page, { page: '1' });
    await expect(list.projectFilter).toHaveText('Any');
    await expect(list.rows).toHaveCount(18);
  });

  test('a typed application version filters; one that is not a whole number ≥ 1 gets a message', async ({
    page,
    applicationsList: list,
    checkA11y,
    shot,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);
    const message = 'Enter a whole number, 1 or more';

    for (const bad of ['abc', '2.5', '0', '-1']) {
      await list.typeApplicationVersion(bad);
      await expect(list.applicationVersionField).toHaveAccessibleDescription(message);
      await expect(list.applicationVersionField).toHaveAttribute('aria-invalid', 'true');
      await expect(list.filters.getByText(message)).toBeVisible();
      await expectListQuery(page, {});
      await expect(list.rows).toHaveCount(18);
    }
    await checkA11y(page, { name: 'applications list, bad application version' });
    await shot('applications list bad application version');

    await list.typeApplicationVersion('3');
    await expect(list.filters.getByText(message)).toHaveCount(0);
    await expect(list.applicationVersionField).toHaveAttribute('aria-invalid', 'false');
    await expectListQuery(page, { applicationVersion: '3' });
    await expect(list.resultCount).toHaveText('4 applications');
    for (const row of await list.rows.all()) {
      await expect(await list.cell(row, 'Application version')).toHaveText('3');
    }

    // A wrong value later leaves the applied one, and the rows, as they were.
    await list.typeApplicationVersion('three');
    await expect(list.applicationVersionField).toHaveAccessibleDescription(message);
    await expectListQuery(page, { applicationVersion: '3' });
    await expect(list.resultCount).toHaveText('4 applications');
  });

  test('Clear filters resets project, project version and application version too', async ({
    page,
    applicationsList: list,
  }) => {
    await list.goto('?project=p-invoice&projectVersion=4&applicationVersion=3&sort=updatedAt');
    await expect.poll(() => list.names()).toEqual(['invoice-approvals']);
    await expect(list.projectFilter).toHaveText('Invoice Approvals');
    await expect(list.projectVersionFilter).toHaveText('4');
    await expect(list.applicationVersionField).toHaveValue('3');

    await list.clearFiltersButton.click();
    await expectListQuery(page, { sort: 'updatedAt' });
    await expect(list.rows).toHaveCount(18);
    await expect(list.projectFilter).toHaveText('Any');
    await expect(list.projectVersionFilter).toHaveText('Any');
    await expect(list.applicationVersionField).toHaveValue('');
    await expect(list.clearFiltersButton).toHaveCount(0);
    await expect(list.search).toBeFocused();
  });

  test('axe passes with the Project and Project version menus open', async ({
    page,
    applicationsList: list,
    checkA11y,
  }) => {
    await list.goto('?project=p-claims&projectVersion=10');
    await expect(list.noMatchHeading).toBeVisible();

    await list.projectFilter.click();
    const projects = list.filterOptions('Project');
    await expect(projects.getByRole('option')).toHaveCount(8);
    await expect(projects.getByRole('option', { name: 'Insurance Claims' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await checkA11y(page, { name: 'applications list, project menu open' });
    await page.keyboard.press('Escape');
    await expect(projects).toBeHidden();

    // A version the chosen project never released stays chosen, and says so.
    await expect(list.projectVersionFilter).toHaveText('10 (not released)');
    await list.projectVersionFilter.click();
    const versions = list.filterOptions('Project version');
    await expect(versions.getByRole('option')).toHaveText([
      'Any',
      '1',
      '3',
      '5',
      '6',
      '9',
      '10 (not released by the selected projects)',
    ]);
    await checkA11y(page, { name: 'applications list, project version menu open' });
    await page.keyboard.press('Escape');
    await expect(versions).toBeHidden();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('every filter fits without sideways scroll; the less-used ones open by keyboard', async ({
      page,
      applicationsList: list,
      checkA11y,
      shot,
    }) => {
      await list.goto('?project=p-invoice&projectVersion=4&status=running');
      await expect(list.resultCount).toHaveText('1 application');
      await expect(list.moreFiltersButton).toHaveAttribute('aria-expanded', 'false');
      await expect(list.applicationVersionField).toBeHidden();
      await expect(list.deployedViaFilter).toBeHidden();

      await list.moreFiltersButton.focus();
      await page.keyboard.press('Enter');
      await expect(list.moreFiltersButton).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(list.applicationVersionField).toBeFocused();
      await page.keyboard.type('3');
      await page.keyboard.press('Enter');
      await expectListQuery(page, {
        project: 'p-invoice',
        projectVersion: '4',
        status: 'running',
        applicationVersion: '3',
      });
      await page.keyboard.press('Tab');
      await expect(list.deployedViaFilter).toBeFocused();
      await expect(list.moreFiltersButton).toHaveText(/^More filters \(1\)/);

      for (const filter of [
        list.search,
        list.statusFilter,
        list.projectFilter,
        list.projectVersionFilter,
        list.upgradeAvailableFilter,
        list.applicationVersionField,
        list.deployedViaFilter,
        list.clearFiltersButton,
      ]) {
        await expect(filter).toBeInViewport();
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'the list scrolls sideways').toBeLessThanOrEqual(0);
      await checkA11y(page, { name: 'applications list on a phone, more filters open' });
      await shot('applications list toolbar phone');

      await list.moreFiltersButton.click();
      await expect(list.applicationVersionField).toBeHidden();
      await expect(list.moreFiltersButton).toHaveAttribute('aria-expanded', 'false');
    });
  });
});

/** What the page recorded while the search box was typed into. */
interface TypingRecord {
  /** The search box's value as each key went down (before the key's own character). */
  valueAtKeydown: string[];
  /** The value after each input event. */
  valueAfterInput: string[];
  longTasks: { start: number; duration: number }[];
  /** Event Timing entries ≥ 16 ms (keydown, keypress, input…): input-to-paint delays. */
  slowEvents: { name: string; duration: number; inputDelay: number }[];
  startedAt: number;
  stoppedAt: number;
}

/** Starts recording in the page: keystrokes on the search box, long tasks, slow events. */
async function startTypingRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record: TypingRecord = {
      valueAtKeydown: [],
      valueAfterInput: [],
      longTasks: [],
      slowEvents: [],
      startedAt: performance.now(),
      stoppedAt: 0,
    };
    const isSearch = (target: EventTarget | null): target is HTMLInputElement =>
      target instanceof HTMLInputElement && target.type === 'search';
    const onKeydown = (event: KeyboardEvent) => {
      if (isSearch(event.target)) record.valueAtKeydown.push(event.target.value);
    };
    const onInput = (event: Event) => {
      if (isSearch(event.target)) record.valueAfterInput.push(event.target.value);
    };
    document.addEventListener('keydown', onKeydown, true);
    document.addEventListener('input', onInput, true);
    const longTasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        record.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    });
    longTasks.observe({ type: 'longtask' });
    const events = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        record.slowEvents.push({
          name: entry.name,
          duration: entry.duration,
          inputDelay: entry.processingStart - entry.startTime,
        });
      }
    });
    events.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    const stop = () => {
      document.removeEventListener('keydown', onKeydown, true);
      document.removeEventListener('input', onInput, true);
      // Deliver what is still queued before disconnecting.
      for (const entry of longTasks.takeRecords()) {
        record.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
      longTasks.disconnect();
      events.disconnect();
      record.stoppedAt = performance.now();
      return record;
    };
    Object.assign(window, { __upshiftTypingStop: stop });
  });
}

async function stopTypingRecorder(page: Page): Promise<TypingRecord> {
  return page.evaluate(() =>
    (window as unknown as { __upshiftTypingStop: () => TypingRecord }).__upshiftTypingStop(),
  );
}

function summarise(label: string, query: string, delayMs: number, record: TypingRecord) {
  const durations = record.longTasks.map((t) => t.duration);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    label,
    query,
    keyDelayMs: delayMs,
    windowMs: round(record.stoppedAt - record.startedAt),
    longTasks: {
      count: durations.length,
      totalMs: round(durations.reduce((a, b) => a + b, 0)),
      maxMs: round(Math.max(0, ...durations)),
      all: record.longTasks.map((t) => ({
        startMs: round(t.start - record.startedAt),
        durationMs: round(t.duration),
      })),
    },
    slowEvents: {
      count: record.slowEvents.length,
      maxDurationMs: round(Math.max(0, ...record.slowEvents.map((e) => e.duration))),
      maxInputDelayMs: round(Math.max(0, ...record.slowEvents.map((e) => e.inputDelay))),
    },
  };
}

/** Every prefix of `text`, from "" to the whole of it. */
const prefixes = (text: string) =>
  Array.from({ length: text.length + 1 }, (_, i) => text.slice(0, i));

test.describe('applications list with 10,018 rows', () => {
  test('typing in the search box stays responsive: no dropped or lagging characters', async ({
    page,
    applicationsList: list,
    simulator,
  }, testInfo: TestInfo) => {
    await simulator.bootSimulator({ largeDataset: true });
    await list.goto();
    await expect(list.resultCount).toHaveText('1–25 of 10,018 applications', FIRST_LARGE_LOAD);

    const measurements = [];

    // 1. A fast typist: 30 ms between keys, faster than the 250 ms pause that applies the search.
    const fast = 'claims-north-eu';
    await list.search.click();
    await startTypingRecorder(page);
    await list.search.pressSequentially(fast, { delay: 30 });
    expect(await list.search.inputValue(), 'the value right after the last key').toBe(fast);
    await expect(list.resultCount).toHaveText('22 applications');
    let record = await stopTypingRecorder(page);
    measurements.push(summarise('fast typing, 30 ms per key', fast, 30, record));
    expect(record.valueAtKeydown, 'each key found the previous ones already in the box').toEqual(
      prefixes(fast).slice(0, -1),
    );
    expect(record.valueAfterInput, 'every key landed, in order').toEqual(prefixes(fast).slice(1));
    await expectListQuery(page, { q: fast });
    await expect(list.rows).toHaveCount(22);
    for (const name of await list.names()) expect(name).toContain(fast);

    // 2. A slow typist: each pause applies the search, so fetching and rendering 10,018 rows'
    //    worth of filtering overlaps the next keys.
    const slow = 'kyc-pilot-jp';
    await list.search.clear();
    await startTypingRecorder(page);
    await list.search.pressSequentially(slow, { delay: 280 });
    expect(await list.search.inputValue(), 'the value right after the last key').toBe(slow);
    await expect(list.resultCount).toHaveText('15 applications');
    record = await stopTypingRecorder(page);
    measurements.push(summarise('slow typing, 280 ms per key', slow, 280, record));
    expect(record.valueAtKeydown).toEqual(prefixes(slow).slice(0, -1));
    expect(record.valueAfterInput).toEqual(prefixes(slow).slice(1));
    await expectListQuery(page, { q: slow });
    await expect(list.rows).toHaveCount(15);
    for (const name of await list.names()) expect(name).toContain(slow);

    // Reported, not asserted: budgets belong to a benchmark on known hardware.
    await testInfo.attach('search-typing-long-tasks.json', {
      body: JSON.stringify(measurements, null, 2),
      contentType: 'application/json',
    });
    for (const m of measurements) {
      testInfo.annotations.push({
        type: 'long tasks',
        description: `${m.label}: ${String(m.longTasks.count)} long task(s), total ${String(m.longTasks.totalMs)} ms, max ${String(m.longTasks.maxMs)} ms over ${String(m.windowMs)} ms; slowest event ${String(m.slowEvents.maxDurationMs)} ms`,
      });
    }
  });
});
