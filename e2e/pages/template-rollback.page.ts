import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The rollback of an upgrade: /installed-applications/<id>/upgrades/<upgradeId>/rollback.
 * Accessible names follow src/features/templates/components/rollback/*.
 */
export class TemplateRollbackPage {
  readonly main: Locator;
  readonly heading: Locator;
  /** The upgrade's facts: Upgrade, Upgraded by, Upgraded, Status, Comment. */
  readonly facts: Locator;
  /** The fieldset "Components to restore" (administrators only). */
  readonly choice: Locator;
  /** The read-only list of what the rollback would restore (everyone else). */
  readonly readOnlyChoice: Locator;
  readonly checkboxes: Locator;
  /** "redis stays": the notice that components the upgrade added stay. */
  readonly stayNotice: Locator;
  /** Any notice of what the rollback keeps, with or without added components. */
  readonly notices: Locator;
  readonly preview: Locator;
  readonly comment: Locator;
  readonly rollBackButton: Locator;
  readonly dialog: Locator;
  readonly confirmButton: Locator;
  readonly cancelButton: Locator;
  /** The running or finished rollback: "Rolling back", "Rolled back" or "Rollback failed". */
  readonly progress: Locator;
  readonly tryAgainButton: Locator;
  readonly recordLink: Locator;
  readonly readOnlyNotice: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.facts = this.main.locator('dl').first();
    this.choice = this.main.getByRole('group', { name: 'Components to restore' });
    this.readOnlyChoice = this.main.getByRole('list', { name: 'Components to restore' });
    this.checkboxes = this.choice.getByRole('checkbox');
    this.stayNotice = this.main.getByRole('note', { name: 'Components that stay' });
    this.notices = this.main.getByRole('note');
    this.preview = this.main.getByRole('region', { name: 'What the rollback changes' });
    this.comment = this.main.getByRole('textbox', { name: 'Comment (optional)' });
    this.rollBackButton = this.main.getByRole('button', { name: 'Roll back', exact: true });
    this.dialog = page.getByRole('dialog');
    this.confirmButton = this.dialog.getByRole('button', { name: 'Roll back', exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel', exact: true });
    this.progress = this.main.getByRole('region', {
      name: /^(Rolling back|Rolled back|Rollback failed)$/,
    });
    this.tryAgainButton = this.main.getByRole('button', { name: 'Try again', exact: true });
    this.recordLink = this.main.getByRole('link', { name: 'Open the upgrade record' });
    this.readOnlyNotice = this.main.getByText('You can review this rollback but not start it');
  }

  static href(applicationId: string, upgradeId: string, search = ''): string {
    return `/installed-applications/${encodeURIComponent(applicationId)}/upgrades/${encodeURIComponent(upgradeId)}/rollback${search}`;
  }

  async goto(applicationId: string, upgradeId: string, search = ''): Promise<void> {
    await this.page.goto(TemplateRollbackPage.href(applicationId, upgradeId, search));
    await expect(this.heading).toBeVisible();
  }

  checkbox(component: string): Locator {
    return this.choice.getByRole('checkbox', { name: component, exact: true });
  }

  /** The preview's summary button for a change type, e.g. "2 changed: show only changed…". */
  summary(change: 'added' | 'changed' | 'removed' | 'unchanged'): Locator {
    return this.preview.getByRole('button', { name: new RegExp(`^\\d+ ${change}: `) });
  }

  /** The fact shown for a term of the upgrade's description list, e.g. "Status". */
  fact(term: string): Locator {
    return this.facts.locator(`dt:text-is("${term}") + dd`);
  }

  /** A refusal explained on the page (warning), by its title. */
  refusal(title: string): Locator {
    return this.main.getByRole('alert').filter({ hasText: title });
  }

  /** Roll back → the confirmation → Roll back; waits for the progress to show. */
  async rollBack(comment?: string): Promise<void> {
    if (comment) await this.comment.fill(comment);
    await this.rollBackButton.click();
    await expect(this.dialog).toBeVisible();
    await this.confirmButton.click();
    await expect(this.progress).toBeVisible();
  }
}
