import { expect, test } from '../fixtures';
import { seededNames, upToDate, WIDE } from '../support/seeded-applications';

test.describe('applications list', () => {
  // Wide enough for every column: narrower tables hide "Deployed via" and "Updated" (columns.tsx).
  test.use({ viewport: WIDE });

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
    await list.expectQuery({ status: ['degraded', 'failed'] });
    await expect(list.resultCount).toHaveText('3 applications');
    await expect
      .poll(() => list.names())
      .toEqual(['claims-legacy', 'procurement-sandbox', 'travel-expenses-us']);
    await expect(list.clearFiltersButton).toBeVisible();

    await checkA11y(page, { name: 'applications list, filtered' });
    await shot('applications list filtered');

    await list.clearFiltersButton.click();
    await list.expectQuery({});
    await expect(list.rows).toHaveCount(18);
    await expect(list.statusFilter).toHaveText('Any');
    await expect(list.search).toBeFocused();
  });

  test('"Deployed via: Helm" keeps the Helm-deployed applications', async ({
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.chooseFilter(list.deployedViaFilter, 'Helm');
    await expect(list.deployedViaFilter).toHaveText('Helm');
    await list.expectQuery({ deployedVia: 'helm' });
    await expect(list.resultCount).toHaveText('3 applications');
    await expect
      .poll(() => list.names())
      .toEqual(['claims-legacy', 'contract-review', 'invoice-approvals-helm']);
    for (const row of await list.rows.all()) {
      await expect(await list.cell(row, 'Deployed via')).toHaveText('Helm');
    }
  });

  test('"Upgrade available: Yes" keeps those with a higher released project version', async ({
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.chooseFilter(list.upgradeAvailableFilter, 'Yes');
    await expect(list.upgradeAvailableFilter).toHaveText('Yes');
    await list.expectQuery({ upgradeAvailable: 'true' });
    await expect(list.resultCount).toHaveText('13 applications');
    await expect
      .poll(() => list.names())
      .toEqual(seededNames.filter((name) => !upToDate.includes(name)));
    await expect(await list.cell('invoice-approvals', 'Upgrade available')).toHaveText('Yes → v10');

    await list.chooseFilter(list.upgradeAvailableFilter, 'No');
    await list.expectQuery({ upgradeAvailable: 'false' });
    await expect(list.resultCount).toHaveText('5 applications');
    await expect.poll(() => list.names()).toEqual(upToDate);
  });

  test('browser Back restores the previous filters, search and inputs', async ({
    page,
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.chooseFilter(list.deployedViaFilter, 'Helm');
    await list.expectQuery({ deployedVia: 'helm' });
    await expect(list.rows).toHaveCount(3);

    await list.searchAndSubmit('invoice');
    await list.expectQuery({ deployedVia: 'helm', q: 'invoice' });
    await expect.poll(() => list.names()).toEqual(['invoice-approvals-helm']);

    await page.goBack();
    await list.expectQuery({ deployedVia: 'helm' });
    await expect(list.search).toHaveValue('');
    await expect(list.deployedViaFilter).toHaveText('Helm');
    await expect
      .poll(() => list.names())
      .toEqual(['claims-legacy', 'contract-review', 'invoice-approvals-helm']);

    await page.goBack();
    await list.expectQuery({});
    await expect(list.deployedViaFilter).toHaveText('Any');
    await expect(list.rows).toHaveCount(18);
    await expect(list.clearFiltersButton).toHaveCount(0);

    await page.goForward();
    await list.expectQuery({ deployedVia: 'helm' });
    await expect(list.rows).toHaveCount(3);
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
    await list.expectQuery({ q: 'no-such-application', sort: 'updatedAt', order: 'desc' });
    await checkA11y(page, { name: 'applications list, nothing matches' });

    await list.showAllButton.click();
    await expect(list.noMatchHeading).toHaveCount(0);
    await expect(list.rows).toHaveCount(18);
    await expect(list.search).toHaveValue('');
    // Sort is a preference, not a filter: it stays.
    await list.expectQuery({ sort: 'updatedAt', order: 'desc' });
    await expect(list.rows.first().getByRole('rowheader')).toHaveText('contract-review-legal');
  });
});
