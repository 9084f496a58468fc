import type { Locator, Page } from '@playwright/test';
import { ServerListPage } from './server-list.page';

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

/**
 * The applications list (/applications): search, filters, sortable table, pagination.
 * Accessible names follow src/features/applications/components/*.
 */
export class ApplicationsListPage extends ServerListPage<ApplicationColumn> {
  readonly statusFilter: Locator;
  readonly projectFilter: Locator;
  readonly projectVersionFilter: Locator;
  /** Typed, not picked; a wrong value gets a message under it (its accessible description). */
  readonly applicationVersionField: Locator;
  /** On narrow screens "Application version" and "Deployed via" sit behind this toggle. */
  readonly moreFiltersButton: Locator;
  readonly deployedViaFilter: Locator;
  readonly upgradeAvailableFilter: Locator;
  readonly loading: Locator;
  readonly nextPageButton: Locator;
  readonly previousPageButton: Locator;
  /** "Rows per page:" select of the pagination. */
  readonly rowsPerPage: Locator;
  /** The per-row readiness check actions (only for people holding applications:check). */
  readonly readinessLinks: Locator;

  constructor(page: Page) {
    super(page, {
      path: '/applications',
      heading: 'Applications',
      filters: 'Filter applications',
      search: 'Search applications',
      table: 'Applications',
    });
    this.statusFilter = this.filters.getByRole('combobox', { name: 'Status' });
    this.projectFilter = this.filters.getByRole('combobox', { name: 'Project', exact: true });
    this.projectVersionFilter = this.filters.getByRole('combobox', { name: 'Project version' });
    this.applicationVersionField = this.filters.getByRole('textbox', {
      name: 'Application version',
    });
    this.moreFiltersButton = this.filters.getByRole('button', { name: /^More filters/ });
    this.deployedViaFilter = this.filters.getByRole('combobox', { name: 'Deployed via' });
    this.upgradeAvailableFilter = this.filters.getByRole('combobox', { name: 'Upgrade available' });
    this.loading = this.main.getByRole('progressbar', { name: /Loading applications/ });
    this.nextPageButton = this.main.getByRole('button', { name: 'Go to next page' });
    this.previousPageButton = this.main.getByRole('button', { name: 'Go to previous page' });
    this.rowsPerPage = this.main.getByRole('combobox', { name: /^Rows per page:/ });
    this.readinessLinks = this.table.getByRole('link', { name: /^Check upgrade readiness of / });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Application names in the order shown. */
  async names(): Promise<string[]> {
    return (await this.table.getByRole('rowheader').allInnerTexts()).map((text) => text.trim());
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

  async choosePageSize(size: 25 | 50 | 100): Promise<void> {
    await this.rowsPerPage.click();
    await this.page.getByRole('option', { name: String(size), exact: true }).click();
  }

  /** The row's Upgrade action: a link to the wizard, or an aria-disabled button saying why not. */
  upgradeAction(name: string): Locator {
    return this.row(name).getByLabel(`Upgrade ${name}`, { exact: true });
  }

  /** A row's "Check upgrade readiness of <name>" link. */
  readinessLink(name: string): Locator {
    return this.table.getByRole('link', {
      name: `Check upgrade readiness of ${name}`,
      exact: true,
    });
  }
}
