import type { Locator, Page } from '@playwright/test';

export type SelfHostedTabName = 'Versions' | 'Tenants' | 'Settings' | 'History';

/** URL segment of each tab ('' is Versions). */
export const selfHostedTabSegments: Record<SelfHostedTabName, string> = {
  Versions: '',
  Tenants: 'tenants',
  Settings: 'settings',
  History: 'history',
};

/**
 * A self-hosted application's page (/my-applications/:id and a child URL per tab): header, the
 * live-state banner, tabs, and the Tenants, Settings and History tabs. The Versions tab has its
 * own page object (self-hosted-versions.page.ts). Names follow src/features/self-hosted/components.
 */
export class SelfHostedAppPage {
  readonly main: Locator;
  readonly backLink: Locator;
  /** "Active version 3.1.0" under the name. */
  readonly activeVersion: Locator;
  /** "Update available → 3.2.0". */
  readonly updateAvailable: Locator;
  readonly tabs: Locator;
  /** The active tab's content. */
  readonly panel: Locator;
  /** While a switch runs: "Updating to 3.2.0" / "Reactivating 3.0.4". */
  readonly switchBanner: Locator;
  /** While a version registers, or once it is registered for test. */
  readonly registrationBanner: Locator;
  /** The Tenants tab's explanation of when tenants are provisioned. */
  readonly provisioningIntro: Locator;
  /** The Settings tab's card: its subtitle names the version the roles belong to. */
  readonly rolesCard: Locator;
  /** The History tab's empty state. */
  readonly noHistory: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.backLink = this.main.getByRole('link', { name: 'Back to My Applications' });
    this.activeVersion = this.main.getByText(/^Active version \S+$/);
    this.updateAvailable = this.main.getByText(/^Update available → \S+$/);
    this.tabs = this.main.getByRole('tablist', { name: 'Application sections' });
    this.panel = this.main.getByRole('tabpanel');
    this.switchBanner = this.main.getByRole('region', { name: /^(Updating to|Reactivating) \S+$/ });
    this.registrationBanner = this.main.getByRole('region', {
      name: /^(Registering \S+ to test|\S+ is registered for test)$/,
    });
    this.provisioningIntro = this.panel
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'How tenants are provisioned' }) });
    this.rolesCard = this.panel
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Roles', exact: true }) });
    this.noHistory = this.panel.getByRole('heading', { level: 2, name: 'No changes recorded' });
  }

  async goto(applicationId: string, tab: SelfHostedTabName = 'Versions'): Promise<void> {
    const segment = selfHostedTabSegments[tab];
    await this.page.goto(`/my-applications/${applicationId}${segment ? `/${segment}` : ''}`);
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  tab(name: SelfHostedTabName): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  async openTab(name: SelfHostedTabName): Promise<void> {
    await this.tab(name).click();
  }

  /** The banner's progress bar, named "Switch to 3.2.0: 45%". */
  switchProgress(to: string): Locator {
    return this.switchBanner.getByRole('progressbar', { name: new RegExp(`^Switch to ${to}:`) });
  }

  tenantsTable(appName: string): Locator {
    return this.panel.getByRole('table', { name: `Tenants of ${appName}` });
  }

  /** Body rows of the tenants table; each row header is the tenant's name and e-mail. */
  tenantRows(appName: string): Locator {
    return this.tenantsTable(appName)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader') });
  }

  tenantRow(appName: string, tenant: string): Locator {
    return this.tenantRows(appName).filter({
      has: this.page.getByRole('rowheader', { name: new RegExp(`^${tenant}\\b`) }),
    });
  }

  /** Narrow screens (below 900 px): one card per tenant instead of the table. */
  tenantCard(appName: string, tenant: string): Locator {
    return this.panel
      .getByRole('list', { name: `Tenants of ${appName}` })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: tenant, exact: true }) });
  }

  rolesTable(version: string): Locator {
    return this.panel.getByRole('table', { name: `Roles of version ${version}` });
  }

  /** Role names in the order shown. */
  async roleNames(version: string): Promise<string[]> {
    return (await this.rolesTable(version).getByRole('rowheader').allInnerTexts()).map((t) =>
      t.trim(),
    );
  }

  historyEntries(appName: string): Locator {
    return this.panel
      .getByRole('list', { name: `Changes to ${appName}, newest first` })
      .getByRole('listitem');
  }
}
