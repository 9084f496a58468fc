import type { Locator, Page } from '@playwright/test';

/** Column headers of the applications table, as shown. */
export type ApplicationColumn =
  | 'Name'
  | 'Project'
  | 'Project version'
  | 'Application version'
  | 'Status'
  | 'Deployed via'
  | 'Upgrade available'
  | 'Updated';

/**
 * The applications list (/applications): search, filters, sortable table, pagination.
 * Accessible names follow src/features/applications/components/*.
 */
export class ApplicationsListPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly deployedViaFilter: Locator;
  readonly upgradeAvailableFilter: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly loading: Locator;
  /** The panel shown instead of the table when the list cannot be loaded. */
  readonly error: Locator;
  readonly retryButton: Locator;
  readonly pageLabel: Locator;
  readonly nextPageButton: Locator;
  readonly previousPageButton: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Applications' });
    this.filters = main.getByRole('search', { name: 'Filter applications' });
    this.search = this.filters.getByRole('searchbox', { name: 'Search applications' });
    this.statusFilter = this.filters.getByRole('combobox', { name: 'Status' });
    this.deployedViaFilter = this.filters.getByRole('combobox', { name: 'Deployed via' });
    this.upgradeAvailableFilter = this.filters.getByRole('combobox', { name: 'Upgrade available' });
    this.table = main.getByRole('table', { name: 'Applications' });
    // Body rows carry a row header (the application's name); the header row does not.
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    this.loading = main.getByRole('progressbar', { name: /Loading applications/ });
    this.error = main.getByRole('alert');
    this.retryButton = this.error.getByRole('button', { name: 'Retry' });
    this.pageLabel = main.getByText(/^Page \d[\d,]* of \d[\d,]*$/);
    this.nextPageButton = main.getByRole('button', { name: 'Go to next page' });
    this.previousPageButton = main.getByRole('button', { name: 'Go to previous page' });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/applications${search}`);
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Application names in the order shown. */
  async names(): Promise<string[]> {
    return (await this.table.getByRole('rowheader').allInnerTexts()).map((text) => text.trim());
  }

  columnHeader(column: ApplicationColumn): Locator {
    // An active sort column's name ends with ", sorted ascending|descending".
    return this.table.getByRole('columnheader', {
      name: new RegExp(`^${column}\\s*(,\\s*sorted \\w+)?$`),
    });
  }

  /** Clicks a sortable column's sort button: sorts by it, or reverses the order if already active. */
  async sortBy(column: ApplicationColumn): Promise<void> {
    await this.columnHeader(column).getByRole('button').click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** Picks one option of a select-style filter (the listbox MUI opens). */
  async chooseFilter(filter: Locator, option: string): Promise<void> {
    await filter.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
