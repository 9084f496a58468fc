import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The templates list (/templates), a template's page (/templates/<id>) and its publish dialog
 * (/templates/<id>/publish). Names follow src/features/templates/components/templates/*.
 */
export class TemplatesPage {
  readonly main: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly releaseRecords: Locator;
  readonly unpublishedChanges: Locator;
  readonly publishLink: Locator;
  readonly publishDialog: Locator;
  readonly versionField: Locator;
  readonly notesField: Locator;
  readonly publishButton: Locator;
  /** "Discard your changes?", asked before typed input is left behind. */
  readonly discardDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.table = this.main.getByRole('table', { name: 'Templates' });
    this.search = this.main.getByRole('searchbox', { name: 'Search templates' });
    this.releaseRecords = this.main.getByRole('list', { name: 'Release records' });
    this.unpublishedChanges = this.main.getByRole('alert', { name: 'Unpublished changes' });
    this.publishLink = this.main.getByRole('link', { name: 'Publish a new version' });
    this.publishDialog = page.getByRole('dialog', { name: /^Publish a new version of / });
    this.versionField = this.publishDialog.getByRole('textbox', { name: 'Version' });
    this.notesField = this.publishDialog.getByRole('textbox', { name: 'Release notes' });
    this.publishButton = this.publishDialog.getByRole('button', { name: 'Publish', exact: true });
    this.discardDialog = page.getByRole('dialog', { name: 'Discard your changes?' });
  }

  async gotoList(search = ''): Promise<void> {
    await this.page.goto(`/templates${search}`);
    await expect(this.table).toBeVisible();
  }

  async goto(templateId: string): Promise<void> {
    await this.page.goto(`/templates/${encodeURIComponent(templateId)}`);
    await expect(this.releaseRecords).toBeVisible();
  }

  /** The list's template names, in order. */
  names(): Promise<string[]> {
    return this.table.getByRole('rowheader').allInnerTexts();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /** The versions in the release records, in the order shown. */
  releaseVersions(): Promise<string[]> {
    return this.releaseRecords.getByRole('heading', { level: 3 }).allInnerTexts();
  }

  release(version: string): Locator {
    return this.releaseRecords.getByRole('listitem', { name: `Version ${version}`, exact: true });
  }

  /** Publishes a version in the open dialog; does not wait for the operation. */
  async fillAndPublish(version: string, notes: string): Promise<void> {
    await this.versionField.fill(version);
    await this.notesField.fill(notes);
    await this.publishButton.click();
  }
}
