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

/** Filters that open a listbox, by their label. */
export type FilterName =
  'Status' | 'Project' | 'Project version' | 'Deployed via' | 'Upgrade available';

/** The accessible name of an active sort button, e.g. "Name, sorted ascending". */
export function sortedName(column: ApplicationColumn, order: 'ascending' | 'descending'): RegExp {
  return new RegExp(`^${column}, sorted ${order}$`);
}

/**
 * The applications list (/applications): search, filters, sortable table, pagination.
 * Accessible names follow src/features/applications/components/*.
 */
export class ApplicationsListPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly projectFilter: Locator;
  readonly projectVersionFilter: Locator;
  /** Typed, not picked; a wrong value gets a message under it (its accessible description). */
  readonly applicationVersionField: Locator;
  /** On narrow screens "Application version" and "Deployed via" sit behind this toggle. */
  readonly moreFiltersButton: Locator;
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
  /** "Rows per page:" select of the pagination. */
  readonly rowsPerPage: Locator;
  /** The polite count under the filters: "1–25 of 10,018 applications", "18 applications", "No applications". */
  readonly resultCount: Locator;
  readonly clearFiltersButton: Locator;
  /** Shown instead of the table when search and filters match nothing. */
  readonly noMatchHeading: Locator;
  readonly showAllButton: Locator;
  /** The per-row readiness check actions (only for people holding applications:check). */
  readonly readinessLinks: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Applications' });
    this.filters = main.getByRole('search', { name: 'Filter applications' });
    this.search = this.filters.getByRole('searchbox', { name: 'Search applications' });
    this.statusFilter = this.filters.getByRole('combobox', { name: 'Status' });
    this.projectFilter = this.filters.getByRole('combobox', { name: 'Project', exact: true });
    this.projectVersionFilter = this.filters.getByRole('combobox', { name: 'Project version' });
    this.applicationVersionField = this.filters.getByRole('textbox', {
      name: 'Application version',
    });
    this.moreFiltersButton = this.filters.getByRole('button', { name: /^More filters/ });
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
    this.rowsPerPage = main.getByRole('combobox', { name: /^Rows per page:/ });
    // The loading skeleton is a status too; the count is the one whose text is a count.
    this.resultCount = main
      .getByRole('status')
      .filter({ hasText: /^(No applications|[\d,]+(–[\d,]+ of [\d,]+)? applications?)$/ });
    this.clearFiltersButton = this.filters.getByRole('button', { name: 'Clear filters' });
    this.noMatchHeading = main.getByRole('heading', { level: 2, name: 'No applications match' });
    this.showAllButton = main.getByRole('button', { name: 'Show all applications' });
    this.readinessLinks = this.table.getByRole('link', { name: /^Check upgrade readiness of / });
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

  /** The listbox a filter opens; the status filter's stays open while options are picked. */
  filterOptions(name: FilterName | RegExp): Locator {
    return this.page.getByRole('listbox', { name, exact: true });
  }

  /** Toggles statuses in the multi-select Status filter, then closes its menu with Escape. */
  async toggleStatuses(...labels: string[]): Promise<void> {
    await this.toggleOptions(this.statusFilter, 'Status', labels);
  }

  /** Toggles projects (by name) in the multi-select Project filter, then closes its menu. */
  async toggleProjects(...names: string[]): Promise<void> {
    await this.toggleOptions(this.projectFilter, 'Project', names);
  }

  private async toggleOptions(filter: Locator, name: FilterName, labels: string[]) {
    await filter.click();
    const listbox = this.filterOptions(name);
    for (const label of labels) {
      await listbox.getByRole('option', { name: label, exact: true }).click();
    }
    await this.page.keyboard.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
  }

  /** Types an application version and presses Enter, as the search box is applied. */
  async typeApplicationVersion(text: string): Promise<void> {
    await this.applicationVersionField.fill(text);
    await this.applicationVersionField.press('Enter');
  }

  /** Types a search as a person would, then presses Enter to apply it without waiting for the pause. */
  async searchAndSubmit(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  async choosePageSize(size: 25 | 50 | 100): Promise<void> {
    await this.rowsPerPage.click();
    await this.page.getByRole('option', { name: String(size), exact: true }).click();
  }

  /** The sort button inside a column header ("Name, sorted ascending" when active). */
  sortButton(column: ApplicationColumn): Locator {
    return this.columnHeader(column).getByRole('button');
  }

  /**
   * One cell of a row, found by its column's header. Columns the table's width cannot hold are
   * hidden (container queries in columns.ts), so positions depend on the viewport.
   */
  async cell(row: string | Locator, column: Exclude<ApplicationColumn, 'Name'>): Promise<Locator> {
    const headers = (await this.table.getByRole('columnheader').allInnerTexts()).map((text) =>
      text
        .replace(/,\s*sorted \w+$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const index = headers.indexOf(column);
    if (index < 1)
      throw new Error(`Column "${column}" is not shown; headers: ${headers.join(' | ')}`);
    // The first column (Name) is the row header; the cells start with the second.
    const rowLocator = typeof row === 'string' ? this.row(row) : row;
    return rowLocator.getByRole('cell').nth(index - 1);
  }

  /** A row's "Check upgrade readiness of <name>" link. */
  /** The row's Upgrade action: a link to the wizard, or an aria-disabled button saying why not. */
  upgradeAction(name: string): Locator {
    return this.row(name).getByLabel(`Upgrade ${name}`, { exact: true });
  }

  readinessLink(name: string): Locator {
    return this.table.getByRole('link', {
      name: `Check upgrade readiness of ${name}`,
      exact: true,
    });
  }
}
