import type { Locator, Page } from '@playwright/test';
import { ServerListPage } from './server-list.page';

/** Column headers of the My Applications table, as shown. */
export type MyApplicationsColumn =
  | 'Name'
  | 'Active version'
  | 'Newest version'
  | 'Update available'
  | 'Status'
  | 'Tenants'
  | 'Updated';

/**
 * My Applications (/my-applications): search, the "Update available" filter, a sortable table
 * of self-hosted applications, pagination. Names follow src/features/self-hosted/components/list.
 */
export class MyApplicationsPage extends ServerListPage<MyApplicationsColumn> {
  readonly updateAvailableFilter: Locator;

  constructor(page: Page) {
    super(page, {
      path: '/my-applications',
      heading: 'My Applications',
      filters: 'Filter my applications',
      search: 'Search my applications',
      table: 'My applications',
    });
    this.updateAvailableFilter = this.filters.getByRole('combobox', { name: 'Update available' });
  }

  /** The row whose name link is exactly `name` (on a phone the row header holds more). */
  row(name: string): Locator {
    return this.rows.filter({
      has: this.page.getByRole('rowheader').getByRole('link', { name, exact: true }),
    });
  }

  nameLink(name: string): Locator {
    return this.row(name).getByRole('link', { name, exact: true });
  }

  /** Application names in the order shown. */
  async names(): Promise<string[]> {
    return (await this.table.getByRole('rowheader').getByRole('link').allInnerTexts()).map((t) =>
      t.trim(),
    );
  }

  /** "Any", "Yes" or "No". */
  async filterUpdateAvailable(option: 'Any' | 'Yes' | 'No'): Promise<void> {
    await this.updateAvailableFilter.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
