import type { Locator, Page } from '@playwright/test';

export type DetailTab =
  'Overview' | 'Services' | 'Infrastructure' | 'Connectors' | 'Access' | 'Running work' | 'History';

/** URL segment of each tab ('' is the Overview). */
export const tabSegments: Record<DetailTab, string> = {
  Overview: '',
  Services: 'services',
  Infrastructure: 'infrastructure',
  Connectors: 'connectors',
  Access: 'access',
  'Running work': 'work',
  History: 'history',
};

/**
 * The application detail page (/applications/:id and one child URL per tab).
 * Accessible names follow src/features/applications/components/detail/*.
 */
export class ApplicationDetailPage {
  readonly main: Locator;
  readonly versions: Locator;
  readonly upgradeAvailable: Locator;
  readonly backLink: Locator;
  readonly tabs: Locator;
  /** The active tab's content. */
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.versions = this.main.getByText(/^Project version \d+ · Application version \d+$/);
    this.upgradeAvailable = this.main.getByText(/^Upgrade available → project version \d+$/);
    this.backLink = this.main.getByRole('link', { name: 'Back to applications' });
    this.tabs = this.main.getByRole('tablist', { name: 'Application sections' });
    this.panel = this.main.getByRole('tabpanel');
  }

  async goto(applicationId: string, tab: DetailTab = 'Overview'): Promise<void> {
    const segment = tabSegments[tab];
    await this.page.goto(`/applications/${applicationId}${segment ? `/${segment}` : ''}`);
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  tab(name: DetailTab): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  async openTab(name: DetailTab): Promise<void> {
    await this.tab(name).click();
  }

  /** A service's or connector's block, by its h2. */
  section(name: string): Locator {
    return this.panel
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  variables(owner: string): Locator {
    return this.panel.getByRole('table', { name: `Variables of ${owner}` });
  }

  revealButton(variable: string, owner: string): Locator {
    return this.panel.getByRole('button', { name: `Reveal ${variable} of ${owner}` });
  }

  /** Administrators: users / groups, Users: users / groups. */
  accessList(section: 'Administrators' | 'Users', kind: 'users' | 'groups'): Locator {
    return this.panel.getByRole('list', { name: `${section}: ${kind}` });
  }

  /** The newest entry of the History tab. */
  latestHistoryEntry(appName: string): Locator {
    return this.historyEntries(appName).first();
  }

  historyEntries(appName: string): Locator {
    return this.panel
      .getByRole('list', { name: `Changes to ${appName}, newest first` })
      .getByRole('listitem');
  }

  runningWork(): Locator {
    return this.panel.getByRole('table', { name: 'Running work by application version' });
  }
}
