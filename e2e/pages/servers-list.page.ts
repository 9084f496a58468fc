import type { Locator, Page } from '@playwright/test';
import { ServerListPage } from './server-list.page';

/** Column headers of the Servers table, as shown. */
export type ServersColumn =
  | 'Name'
  | 'Project'
  | 'Package version'
  | 'Script version'
  | 'State'
  | 'Upgrade'
  | 'Runners below minimum'
  | 'Updated';

/**
 * Servers (/servers): search by name or project, the "Upgrade available" filter, a sortable
 * table of self-hosted servers. Names follow src/features/servers/components/list.
 */
export class ServersListPage extends ServerListPage<ServersColumn> {
  readonly upgradeAvailableFilter: Locator;
  /** "3 servers", "No servers": the polite count above the table. */
  readonly count: Locator;

  constructor(page: Page) {
    super(page, {
      path: '/servers',
      heading: 'Servers',
      filters: 'Filter servers',
      search: 'Search servers by name or project',
      table: 'Servers',
    });
    this.upgradeAvailableFilter = this.filters.getByRole('combobox', {
      name: 'Upgrade available',
    });
    this.count = this.main.getByRole('status').filter({ hasText: /^(No servers|\d+ servers?)$/ });
  }

  row(name: string): Locator {
    return this.rows.filter({
      has: this.page.getByRole('rowheader').getByRole('link', { name, exact: true }),
    });
  }

  nameLink(name: string): Locator {
    return this.row(name).getByRole('link', { name, exact: true });
  }
}
