import type { Locator, Page } from '@playwright/test';

/** Column headers of the My Applications table, as shown. */
export type MyApplicationsColumn =
  | 'Name'
  | 'Active version'
  | 'Newest version'
  | 'Update available'
  | 'Status'
  | 'Tenants'
  | 'Updated';

/** The accessible name of an active sort button, e.g. "Name, sorted ascending". */
export function sortedName(
  column: MyApplicationsColumn,
  order: 'ascending' | 'descending',
): RegExp {
  return new RegExp(`^${column}, sorted ${order}$`);
}

/**
 * My Applications (/my-applications): search, the "Update available" filter, a sortable table
 * of self-hosted applications, pagination. Names follow src/features/self-hosted/components/list.
 */
export class MyApplicationsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly updateAvailableFilter: Locator;
  readonly clearFiltersButton: Locator;
  readonly table: Locator;
  /** Body rows: they carry a row header (the application's name); the header row does not. */
  readonly rows: Locator;
  /** The polite count under the filters: "6 applications", "1 application", "No applications". */
  readonly resultCount: Locator;
  readonly pageLabel: Locator;
  /** The panel shown instead of the table when the list cannot be loaded. */
  readonly error: Locator;
  readonly retryButton: Locator;
  /** Shown instead of the table when search and filter match nothing. */
  readonly noMatchHeading: Locator;
  readonly showAllButton: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'My Applications' });
    this.filters = this.main.getByRole('search', { name: 'Filter my applications' });
    this.search = this.filters.getByRole('searchbox', { name: 'Search my applications' });
    this.updateAvailableFilter = this.filters.getByRole('combobox', { name: 'Update available' });
    this.clearFiltersButton = this.filters.getByRole('button', { name: 'Clear filters' });
    this.table = this.main.getByRole('table', { name: 'My applications' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    this.resultCount = this.main
      .getByRole('status')
      .filter({ hasText: /^(No applications|[\d,]+(–[\d,]+ of [\d,]+)? applications?)$/ });
    this.pageLabel = this.main.getByText(/^Page \d[\d,]* of \d[\d,]*$/);
    this.error = this.main.getByRole('alert');
    this.retryButton = this.error.getByRole('button', { name: 'Retry' });
    this.noMatchHeading = this.main.getByRole('heading', {
      level: 2,
      name: 'No applications match',
    });
    this.showAllButton = this.main.getByRole('button', { name: 'Show all applications' });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/my-applications${search}`);
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

  columnHeader(column: MyApplicationsColumn): Locator {
    return this.table.getByRole('columnheader', {
      name: new RegExp(`^${column}\\s*(,\\s*sorted \\w+)?$`),
    });
  }

  sortButton(column: MyApplicationsColumn): Locator {
    return this.columnHeader(column).getByRole('button');
  }

  /** Sorts by the column, or reverses the order when it is already the sort. */
  async sortBy(column: MyApplicationsColumn): Promise<void> {
    await this.sortButton(column).click();
  }

  /** Types a search and presses Enter, which applies it without waiting for the pause. */
  async searchAndSubmit(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  /** "Any", "Yes" or "No". */
  async filterUpdateAvailable(option: 'Any' | 'Yes' | 'No'): Promise<void> {
    await this.updateAvailableFilter.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /**
   * One cell of a row, found by its column's header. Columns the table's width cannot hold are
   * hidden (container queries), so positions depend on the viewport.
   */
  async cell(name: string, column: Exclude<MyApplicationsColumn, 'Name'>): Promise<Locator> {
    const headers = (await this.table.getByRole('columnheader').allInnerTexts()).map((text) =>
      text
        .replace(/,\s*sorted \w+$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const index = headers.indexOf(column);
    if (index < 1) {
      throw new Error(`Column "${column}" is not shown; headers: ${headers.join(' | ')}`);
    }
    // The first column (Name) is the row header; the cells start with the second.
    return this.row(name)
      .getByRole('cell')
      .nth(index - 1);
  }
}
