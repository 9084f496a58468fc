import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The reviewer-grade diff (TemplateDiffView) on its two pages: version differences
 * (/templates/<id>/diff?…) and upgrade details (/installed-applications/<id>/upgrade?…).
 */
export class TemplateDiffPage {
  readonly main: Locator;
  readonly summary: Locator;
  readonly components: Locator;
  readonly announcement: Locator;
  readonly nextChange: Locator;
  readonly previousChange: Locator;
  readonly ignoreWhitespace: Locator;
  readonly revealSecrets: Locator;
  readonly sideBySide: Locator;
  readonly inline: Locator;
  readonly exportButton: Locator;
  readonly upgradeButton: Locator;
  readonly confirmDialog: Locator;
  readonly comment: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.summary = this.main.getByRole('group', { name: 'Summary' });
    this.components = this.main.getByRole('region', { name: 'Components' });
    this.announcement = this.main.getByRole('status').filter({ hasText: /change/i });
    this.nextChange = this.main.getByRole('button', { name: 'Next change' });
    this.previousChange = this.main.getByRole('button', { name: 'Previous change' });
    this.ignoreWhitespace = this.main.getByRole('switch', {
      name: 'Ignore whitespace-only changes',
    });
    this.revealSecrets = this.main.getByRole('switch', { name: 'Reveal secrets' });
    this.sideBySide = this.main.getByRole('button', { name: 'Side by side' });
    this.inline = this.main.getByRole('button', { name: 'Inline' });
    this.exportButton = this.main.getByRole('button', { name: 'Export as Markdown' });
    this.upgradeButton = this.main.getByRole('button', { name: 'Upgrade', exact: true });
    this.confirmDialog = page.getByRole('dialog', { name: /^Upgrade .* to / });
    this.comment = this.main.getByRole('textbox', { name: 'Comment (optional)' });
  }

  async gotoDiff(templateId: string, search = ''): Promise<void> {
    await this.page.goto(`/templates/${encodeURIComponent(templateId)}/diff${search}`);
    await expect(
      this.main.getByRole('heading', { level: 1, name: 'Version differences' }),
    ).toBeVisible();
  }

  async gotoUpgrade(installedId: string, search = ''): Promise<void> {
    await this.page.goto(
      `/installed-applications/${encodeURIComponent(installedId)}/upgrade${search}`,
    );
    await expect(
      this.main.getByRole('heading', { level: 1, name: 'Upgrade details' }),
    ).toBeVisible();
  }

  /** A summary count that is also a filter, e.g. filter('added') → "3 added…". */
  filter(change: 'added' | 'changed' | 'removed' | 'unchanged'): Locator {
    return this.summary.getByRole('button', { name: new RegExp(`^\\d+ ${change}:`) });
  }

  /** One component's section in the list (only rendered while scrolled into view). */
  component(name: string): Locator {
    return this.components.getByRole('region', { name, exact: true });
  }

  componentHeading(name: string): Locator {
    return this.components.getByRole('heading', { level: 3, name, exact: true });
  }

  fields(name: string): Locator {
    return this.components.getByRole('table', { name: `${name} fields` });
  }

  /** A field's row in a component's table, by its label (e.g. "REDIS_HOST", "Image tag"). */
  field(component: string, label: string): Locator {
    return this.fields(component).getByRole('row', { name: new RegExp(`^${label}\\s*,`) });
  }

  checkbox(component: string): Locator {
    return this.main.getByRole('checkbox', { name: `Upgrade ${component}` });
  }

  /** A failed panel (an alert) that says `text`, e.g. "The server could not be reached". */
  problem(text: string): Locator {
    return this.main.getByRole('alert').filter({ hasText: text });
  }

  /** The Retry of the failed panel that says `text`. */
  retry(text: string): Locator {
    return this.problem(text).getByRole('button', { name: 'Retry' });
  }

  renderedHeadings(): Promise<string[]> {
    return this.components.getByRole('heading', { level: 3 }).allInnerTexts();
  }
}
