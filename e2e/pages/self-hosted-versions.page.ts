import { expect, type Locator, type Page } from '@playwright/test';

/** The words of each version status (src/features/self-hosted/components/versions/version-text.ts). */
export const versionStatuses = [
  'Available',
  'Registering…',
  'Registered for test',
  'Switching…',
  'Active',
  'Inactive',
  'Failed',
] as const;
export type VersionStatusText = (typeof versionStatuses)[number];

export type VersionAction =
  'Register to Test' | 'Withdraw registration' | 'Confirm Update' | 'Confirm Reactivate';

const statusPattern = new RegExp(`^(${versionStatuses.join('|')})$`);

/**
 * A self-hosted application's Versions tab (/my-applications/<id>) and its dialogs
 * (…/versions/<version>/register | withdraw | confirm-update | confirm-reactivate).
 * Accessible names follow src/features/self-hosted/components/versions/*.
 */
export class SelfHostedVersionsPage {
  readonly main: Locator;
  /** "Versions of <application name>". */
  readonly list: Locator;
  readonly rows: Locator;
  /** Any of the tab's dialogs. */
  readonly dialog: Locator;
  readonly yesButton: Locator;
  readonly noButton: Locator;
  readonly comment: Locator;
  /** A refusal or failure inside the open dialog. */
  readonly dialogProblem: Locator;
  /** "The update to 1.5.0 failed: 1.3.2 is still the active version". */
  readonly failedSwitch: Locator;
  readonly toasts: Locator;
  /** "Discard your changes?", asked before a typed comment is left behind. */
  readonly discardDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.list = this.main.getByRole('list', { name: /^Versions of / });
    this.rows = this.list
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    this.dialog = page.getByRole('dialog');
    this.yesButton = this.dialog.getByRole('button', { name: 'Yes', exact: true });
    this.noButton = this.dialog.getByRole('button', { name: 'No', exact: true });
    this.comment = this.dialog.getByRole('textbox', { name: 'Comment (optional)' });
    this.dialogProblem = this.dialog.getByRole('alert');
    this.failedSwitch = this.main
      .getByRole('alert')
      .filter({ hasText: /failed: .* is still the active version/ });
    this.toasts = page.getByRole('status', { name: 'Notifications' });
    this.discardDialog = page.getByRole('dialog', { name: 'Discard your changes?' });
  }

  async goto(applicationId: string): Promise<void> {
    await this.page.goto(`/my-applications/${encodeURIComponent(applicationId)}`);
    await expect(this.list).toBeVisible();
  }

  /** Deep link to one of the tab's dialogs. */
  async gotoDialog(applicationId: string, version: string, dialog: string): Promise<void> {
    await this.page.goto(
      `/my-applications/${encodeURIComponent(applicationId)}/versions/${encodeURIComponent(version)}/${dialog}`,
    );
  }

  heading(version: string): Locator {
    return this.list.getByRole('heading', { level: 3, name: version, exact: true });
  }

  row(version: string): Locator {
    // `has` is searched inside each row, so it starts from the page, not from the list.
    return this.rows.filter({
      has: this.page.getByRole('heading', { level: 3, name: version, exact: true }),
    });
  }

  /** The status word shown on a version's row. */
  status(version: string): Locator {
    return this.row(version).getByText(statusPattern);
  }

  /** A usable action: a link to its dialog. */
  action(version: string, name: VersionAction): Locator {
    return this.row(version).getByRole('link', { name, exact: true });
  }

  /** An action shown but not usable now (aria-disabled, described by its reason). */
  unavailableAction(version: string, name: VersionAction): Locator {
    return this.row(version).getByRole('button', { name, exact: true });
  }

  /** The live steps of the registration or switch running on a version. */
  steps(version: string): Locator {
    return this.row(version).getByRole('list', { name: 'Steps' });
  }

  dialogNamed(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  dialogButton(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** The versions whose row says "Active" now. */
  async activeVersions(): Promise<string[]> {
    const active = this.rows.filter({ has: this.page.getByText('Active', { exact: true }) });
    return active.getByRole('heading', { level: 3 }).allInnerTexts();
  }

  /**
   * Watches the rows until `version` reads `status`, checking at every look that exactly one
   * version is active. Returns every active version seen, in order, without repeats.
   * `afterFirstLook` runs once the first look is taken, e.g. to speed the simulator up only
   * once the version active before the switch has been seen.
   */
  async watchUntil(
    version: string,
    status: VersionStatusText,
    { afterFirstLook }: { afterFirstLook?: () => Promise<void> } = {},
  ): Promise<string[]> {
    // An open dialog hides the page from assistive technology, and from role locators.
    await expect(this.dialog).toHaveCount(0);
    const seen: string[] = [];
    const look = async () => {
      const active = await this.activeVersions();
      expect(active, 'exactly one version is active at every moment').toHaveLength(1);
      const [only = ''] = active;
      if (seen.at(-1) !== only) seen.push(only);
    };
    await look();
    await afterFirstLook?.();
    // A failed look throws out of the poll at once; only the status is waited for. How long
    // that takes is the operation's: set the simulator's operation speed, not this timeout.
    await expect
      .poll(
        async () => {
          await look();
          return this.status(version)
            .innerText()
            .catch(() => '');
        },
        { timeout: 20_000, intervals: [150], message: `${version} becomes "${status}"` },
      )
      .toBe(status);
    // The page may have moved on between the two reads: look once more at the end.
    await look();
    return seen;
  }

  /** Register to Test on a version, confirmed in its dialog. */
  async register(version: string): Promise<void> {
    await this.action(version, 'Register to Test').click();
    const dialog = this.dialogNamed(`Register ${version} to test?`);
    await dialog.getByRole('button', { name: 'Register to Test' }).click();
    await expect(dialog).toBeHidden();
  }
}
