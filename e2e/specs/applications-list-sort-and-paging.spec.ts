import { expect, test } from '../fixtures';
import { sortedName } from '../pages/server-list.page';
import { FIRST_LARGE_LOAD, seededNames, WIDE } from '../support/seeded-applications';

test.describe('applications list', () => {
  // Wide enough for every column: narrower tables hide "Deployed via" and "Updated" (columns.tsx).
  test.use({ viewport: WIDE });

  test('a column header sorts, then reverses, and the URL follows', async ({
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.sortBy('Name');
    await expect(list.sortButton('Name')).toHaveAccessibleName(sortedName('Name', 'descending'));
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
    await list.expectQuery({ order: 'desc' });
    await expect.poll(() => list.names()).toEqual([...seededNames].reverse());

    await list.sortBy('Project version');
    await expect(list.sortButton('Project version')).toHaveAccessibleName(
      sortedName('Project version', 'ascending'),
    );
    await expect(list.sortButton('Name')).toHaveAccessibleName('Name');
    await list.expectQuery({ sort: 'projectVersion' });
    // Version 1 first, ties by name.
    await expect
      .poll(async () => (await list.names()).slice(0, 3))
      .toEqual(['claims-legacy', 'procurement-sandbox', 'travel-expenses-us']);

    await list.sortBy('Project version');
    await expect(list.sortButton('Project version')).toHaveAccessibleName(
      sortedName('Project version', 'descending'),
    );
    await list.expectQuery({ sort: 'projectVersion', order: 'desc' });
    await expect
      .poll(async () => (await list.names()).slice(0, 2))
      .toEqual(['invoice-approvals-eu', 'leave-requests-apac']);
    await expect(list.columnHeader('Project version').first()).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  test('a deep link restores page, page size, sort, search and filters', async ({
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
    await list.expectQuery({
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

  test('pages through the large dataset; 100 rows per page', async ({
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
    await list.expectQuery({ page: '2' });
    await expect(list.rows.first().getByRole('rowheader')).toHaveText(
      'contract-review-core-br-05844',
    );
    await expect(list.previousPageButton).toBeEnabled();

    await list.choosePageSize(100);
    await expect(list.pageLabel).toHaveText('Page 1 of 101');
    await expect(list.resultCount).toHaveText('1–100 of 10,018 applications');
    await list.expectQuery({ pageSize: '100' });
    await expect(list.rows).toHaveCount(100);
    await expect(list.rows.first().getByRole('rowheader')).toHaveText('claims-intake');
  });
});
