import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A server's page (/servers/<id>: installation, Upgrades and History tabs) and an upgrade record
 * (/servers/<id>/upgrades/<upgradeId>). Names follow src/features/servers/components/{detail,
 * installation,records}.
 */
export class ServerPage {
  readonly main: Locator;
  readonly tabs: Locator;
  readonly services: Locator;
  readonly runners: Locator;
  readonly runCheck: Locator;
  /** The polite line that follows a check: "Checking service statuses…", "Check finished: …". */
  readonly checkStatus: Locator;
  readonly upgradeLink: Locator;
  readonly downBanner: Locator;
  readonly upgrades: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.tabs = this.main.getByRole('tablist', { name: 'Server sections' });
    this.services = this.main.getByRole('table', { name: /^Services of / });
    this.runners = this.main.getByRole('table', { name: /^Runners of / });
    this.runCheck = this.main.getByRole('button', { name: 'Run check' });
    this.checkStatus = this.main.getByRole('status').filter({
      hasText: /^(Starting the check|Checking service statuses|Check finished|The check)/,
    });
    this.upgradeLink = this.main.getByRole('link', { name: /^(Upgrade to|Continue the upgrade)/ });
    this.downBanner = this.main.getByRole('region', { name: 'Server down' });
    this.upgrades = this.main.getByRole('table', { name: /^Upgrades of .*, newest first$/ });
  }

  async goto(serverId: string, tab: '' | 'upgrades' | 'history' = ''): Promise<void> {
    await this.page.goto(`/servers/${encodeURIComponent(serverId)}${tab ? `/${tab}` : ''}`);
    await expect(this.tabs).toBeVisible();
  }

  heading(name: string | RegExp): Locator {
    return this.main.getByRole('heading', { level: 1, name });
  }

  tab(name: 'Installation' | 'Upgrades' | 'History'): Locator {
    return this.tabs.getByRole('tab', { name });
  }

  /** A service's row in the services table ("api", "monitor"). */
  service(name: string): Locator {
    return this.services
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name} `) }) });
  }

  runner(name: string): Locator {
    return this.runners
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** A section of the page or record, found by its h2 ("Unreachable window", "Image hashes"). */
  section(title: string): Locator {
    return this.main
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: title, exact: true }) });
  }

  /** The record's Summary value for a term (a <dt>/<dd> pair). */
  summary(term: string): Locator {
    return this.main.locator('dt', { hasText: term }).locator('+ dd');
  }

  /** The record's row of image hashes for one service. */
  hashRow(service: string): Locator {
    return this.main
      .getByRole('table', { name: 'Image hashes before and after' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: service, exact: true }) });
  }
}
