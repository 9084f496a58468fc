import { expect, type Locator, type Page } from '@playwright/test';
import { chooseSearched } from '../support/choose-searched';

export type AccessPicker = 'Admin users' | 'Admin groups' | 'Users' | 'User groups';

/**
 * The Manage access dialog over an application's Access tab (/applications/:id/access/manage).
 * Accessible names follow src/features/applications/components/access/*.
 */
export class ManageAccessPage {
  /** The Access tab's button that opens the dialog (a link to its URL). */
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  readonly closeButton: Locator;
  readonly comment: Locator;
  /** The dialog's alert: a conflict, a refusal or a failure. */
  readonly problem: Locator;
  readonly loadLatestButton: Locator;
  readonly tryAgainButton: Locator;
  readonly notAllowed: Locator;
  readonly discardDialog: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('main').getByRole('link', { name: 'Manage access' });
    this.dialog = page.getByRole('dialog', { name: /^Manage access/ });
    this.saveButton = this.dialog.getByRole('button', { name: 'Save', exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel', exact: true });
    this.closeButton = this.dialog.getByRole('button', { name: 'Close', exact: true });
    this.comment = this.dialog.getByRole('textbox', { name: 'Comment (optional)' });
    this.problem = this.dialog.getByRole('alert');
    this.loadLatestButton = this.problem.getByRole('button', { name: 'Load the latest' });
    this.tryAgainButton = this.problem.getByRole('button', { name: 'Try again' });
    this.notAllowed = this.dialog.getByText("You can't change access");
    this.discardDialog = page.getByRole('dialog', { name: 'Discard your changes?' });
  }

  async goto(applicationId: string): Promise<void> {
    await this.page.goto(`/applications/${encodeURIComponent(applicationId)}/access/manage`);
  }

  picker(label: AccessPicker): Locator {
    return this.dialog.getByRole('combobox', { name: label, exact: true });
  }

  /** The chips of a picker (one button per chosen user or group; Clear and Open have no text). */
  chosen(label: AccessPicker): Locator {
    return this.picker(label).locator('..').getByRole('button').filter({ hasText: /\S/ });
  }

  async choose(label: AccessPicker, search: string, option: string): Promise<void> {
    await chooseSearched(this.page, this.picker(label), search, option);
    await expect(this.chosen(label).filter({ hasText: option })).toBeVisible();
  }

  /** "Stored now (revision 3)": what is stored after someone else's change. */
  latest(revision: number): Locator {
    return this.dialog.getByRole('region', { name: `Stored now (revision ${String(revision)})` });
  }

  /** The dialog is open and its form loaded (the pickers show the current access). */
  async expectEditing(): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await expect(this.picker('Admin users')).toBeVisible();
  }
}
