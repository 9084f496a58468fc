import type { Locator, Page } from '@playwright/test';
import { expectListQuery } from '../support/list-query';

/** The accessible name of an active sort button, e.g. "Name, sorted ascending". */
export function sortedName(column: string, order: 'ascending' | 'descending'): RegExp {
  return new RegExp(`^${column}, sorted ${order}$`);
}

/** How one server-paged list names its parts (src/components/list and the feature's columns). */
export interface ServerListNames {
  /** The list's URL path, e.g. "/applications". */
  path: string;
  heading: string;
  /** The search landmark around search and filters, e.g. "Filter applications". */
  filters: string;
  search: string;
  table: string;
}

/**
 * What every server-paged list shares: search, filters, a sortable table with a row header per
 * row, the result count, paging, and the error, empty and no-match states in place of the table.
 */
export abstract class ServerListPage<Column extends string> {
  readonly main: Locator;
  readonly heading: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly clearFiltersButton: Locator;
  readonly table: Locator;
  /** Body rows: they carry a row header (the row's name); the header row does not. */
  readonly rows: Locator;
  /** The polite count under the filters: "1–25 of 10,018 applications", "No applications". */
  readonly resultCount: Locator;
  readonly pageLabel: Locator;
  /** The panel shown instead of the table when the list cannot be loaded. */
  readonly error: Locator;
  readonly retryButton: Locator;
  /** Shown instead of the table when search and filters match nothing. */
  readonly noMatchHeading: Locator;
  readonly showAllButton: Locator;

  protected constructor(
    readonly page: Page,
    private readonly parts: ServerListNames,
  ) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: parts.heading });
    this.filters = this.main.getByRole('search', { name: parts.filters });
    this.search = this.filters.getByRole('searchbox', { name: parts.search });
    this.clearFiltersButton = this.filters.getByRole('button', { name: 'Clear filters' });
    this.table = this.main.getByRole('table', { name: parts.table });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    // The loading skeleton is a status too; the count is the one whose text is a count.
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

  /** The row named `name`. */
  abstract row(name: string): Locator;

  async goto(search = ''): Promise<void> {
    await this.page.goto(`${this.parts.path}${search}`);
  }

  /** Waits for the URL to be this list's, carrying exactly these params (arrays: repeated keys). */
  async expectQuery(expected: Record<string, string | string[]>): Promise<void> {
    await expectListQuery(this.page, this.parts.path, expected);
  }

  columnHeader(column: Column): Locator {
    // An active sort column's name ends with ", sorted ascending|descending".
    return this.table.getByRole('columnheader', {
      name: new RegExp(`^${column}\\s*(,\\s*sorted \\w+)?$`),
    });
  }

  /** The sort button inside a column header ("Name, sorted ascending" when active). */
  sortButton(column: Column): Locator {
    return this.columnHeader(column).getByRole('button');
  }

  /** Sorts by the column, or reverses the order when it is already the sort. */
  async sortBy(column: Column): Promise<void> {
    await this.sortButton(column).click();
  }

  /** Types a search and presses Enter, which applies it without waiting for the pause. */
  async searchAndSubmit(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  /**
   * One cell of a row, found by its column's header. Columns the table's width cannot hold are
   * hidden (container queries), so positions depend on the viewport.
   */
  async cell(row: string | Locator, column: Exclude<Column, 'Name'>): Promise<Locator> {
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
    const rowLocator = typeof row === 'string' ? this.row(row) : row;
    return rowLocator.getByRole('cell').nth(index - 1);
  }
}
