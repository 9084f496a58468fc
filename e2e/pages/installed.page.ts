import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Installed applications (/installed-applications), upgrade management (…/<id>) and an upgrade
 * record (…/<id>/upgrades/<upgradeId>). Names follow src/features/templates/components/{installed,records}/*.
 */
export class InstalledPage {
  readonly main: Locator;
  readonly table: Locator;
  readonly targets: Locator;
  readonly reviewChanges: Locator;
  readonly records: Locator;
  readonly rollBack: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.table = this.main.getByRole('table', { name: 'Installed applications' });
    this.targets = this.main.getByRole('radiogroup', { name: 'Version to upgrade to' });
    this.reviewChanges = this.main.getByRole('link', { name: 'Review changes' });
    this.records = this.main.getByRole('table', { name: 'Upgrade records' });
    this.rollBack = this.main.getByRole('link', { name: 'Roll back' });
  }

  async gotoList(search = ''): Promise<void> {
    await this.page.goto(`/installed-applications${search}`);
    await expect(this.table).toBeVisible();
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/installed-applications/${encodeURIComponent(id)}`);
    await expect(
      this.main.getByRole('heading', { level: 2, name: 'Current version' }),
    ).toBeVisible();
  }

  async gotoRecord(id: string, upgradeId: string): Promise<void> {
    await this.page.goto(
      `/installed-applications/${encodeURIComponent(id)}/upgrades/${encodeURIComponent(upgradeId)}`,
    );
    await expect(this.main.getByRole('heading', { level: 1, name: /^Upgrade / })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /** Each record row: [from → to, status]. */
  async recordRows(): Promise<string[][]> {
    const rows = this.records.getByRole('row').filter({ has: this.page.getByRole('rowheader') });
    const out: string[][] = [];
    for (const row of await rows.all()) {
      const cells = row.getByRole('cell');
      out.push([await row.getByRole('rowheader').innerText(), await cells.nth(0).innerText()]);
    }
    return out;
  }

  /** The Summary's value for a term (a <dt>/<dd> pair). */
  summary(term: string): Locator {
    return this.main.locator('dt', { hasText: term }).locator('+ dd');
  }
}
