import { expect, test } from '../fixtures';
import { expectNoSidewaysScroll } from '../support/layout';
import { WIDE } from '../support/seeded-applications';

test.describe('applications list: project and version filters', () => {
  test.use({ viewport: WIDE });

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
    await list.expectQuery({ project: ['p-invoice', 'p-kyc'] });
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
    await list.expectQuery({ project: ['p-invoice', 'p-kyc'], projectVersion: '4' });
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
    await list.expectQuery({ project: ['p-invoice', 'p-kyc'] });
    await expect(list.projectVersionFilter).toHaveText('Any');
    await expect(list.rows).toHaveCount(5);
    // Each tick in the menu was a step of its own.
    await page.goBack();
    await list.expectQuery({ project: 'p-invoice' });
    await expect(list.projectFilter).toHaveText('Invoice Approvals');
    await expect(list.rows).toHaveCount(3);
    await page.goBack();
    await list.expectQuery({ page: '1' });
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
      await list.expectQuery({});
      await expect(list.rows).toHaveCount(18);
    }
    await checkA11y(page, { name: 'applications list, bad application version' });
    await shot('applications list bad application version');

    await list.typeApplicationVersion('3');
    await expect(list.filters.getByText(message)).toHaveCount(0);
    await expect(list.applicationVersionField).toHaveAttribute('aria-invalid', 'false');
    await list.expectQuery({ applicationVersion: '3' });
    await expect(list.resultCount).toHaveText('4 applications');
    for (const row of await list.rows.all()) {
      await expect(await list.cell(row, 'Application version')).toHaveText('3');
    }

    // A wrong value later leaves the applied one, and the rows, as they were.
    await list.typeApplicationVersion('three');
    await expect(list.applicationVersionField).toHaveAccessibleDescription(message);
    await list.expectQuery({ applicationVersion: '3' });
    await expect(list.resultCount).toHaveText('4 applications');
  });

  test('Clear filters resets project, project version and application version too', async ({
    applicationsList: list,
  }) => {
    await list.goto('?project=p-invoice&projectVersion=4&applicationVersion=3&sort=updatedAt');
    await expect.poll(() => list.names()).toEqual(['invoice-approvals']);
    await expect(list.projectFilter).toHaveText('Invoice Approvals');
    await expect(list.projectVersionFilter).toHaveText('4');
    await expect(list.applicationVersionField).toHaveValue('3');

    await list.clearFiltersButton.click();
    await list.expectQuery({ sort: 'updatedAt' });
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
      await list.expectQuery({
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
      await expectNoSidewaysScroll(page, 'the list on a phone');
      await checkA11y(page, { name: 'applications list on a phone, more filters open' });
      await shot('applications list toolbar phone');

      await list.moreFiltersButton.click();
      await expect(list.applicationVersionField).toBeHidden();
      await expect(list.moreFiltersButton).toHaveAttribute('aria-expanded', 'false');
    });
  });
});
