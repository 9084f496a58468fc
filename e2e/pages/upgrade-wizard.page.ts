import { expect, type Locator, type Page } from '@playwright/test';
import { chooseSearched } from '../support/choose-searched';

export type UpgradeStep = 'version' | 'access' | 'connectors' | 'review' | 'progress';

/**
 * The upgrade wizard (/applications/:id/upgrade/<step>). Accessible names follow
 * src/features/applications/upgrade/*.
 */
export class UpgradeWizardPage {
  readonly main: Locator;
  readonly stepHeading: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly cancelButton: Locator;
  readonly upgradeButton: Locator;
  readonly versions: Locator;
  readonly comment: Locator;
  readonly progress: Locator;
  readonly notAllowed: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.stepHeading = this.main.getByRole('heading', { level: 2 });
    this.nextButton = this.main.getByRole('button', { name: 'Next', exact: true });
    this.backButton = this.main.getByRole('button', { name: 'Back', exact: true });
    this.cancelButton = this.main.getByRole('button', { name: 'Cancel', exact: true });
    this.upgradeButton = this.main.getByRole('button', { name: 'Upgrade', exact: true });
    this.versions = this.main.getByRole('radiogroup', {
      name: 'Released project version to upgrade to',
    });
    this.comment = this.main.getByRole('textbox', { name: 'Comment (optional)' });
    this.progress = this.main.getByRole('progressbar', { name: /^Upgrade to project version/ });
    this.notAllowed = this.main.getByRole('heading', { name: "You can't upgrade applications" });
  }

  async goto(applicationId: string, step: UpgradeStep = 'version'): Promise<void> {
    await this.page.goto(`/applications/${encodeURIComponent(applicationId)}/upgrade/${step}`);
  }

  async expectStep(heading: string): Promise<void> {
    // The URL changes before the lazy step renders: wait for the step, then check it is the only
    // level-2 heading (the page it came from had others).
    await expect(this.main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(this.stepHeading).toHaveText(heading);
    await expect(this.stepHeading).toBeFocused();
  }

  version(projectVersion: number): Locator {
    return this.versions.getByRole('radio', {
      name: new RegExp(`^Project version ${String(projectVersion)} →`),
    });
  }

  /** An Autocomplete of the access step: "Admin users", "Admin groups", "Users", "User groups". */
  picker(label: string): Locator {
    return this.main.getByRole('combobox', { name: label, exact: true });
  }

  async choose(label: string, search: string, option: string): Promise<void> {
    await chooseSearched(this.page, this.picker(label), search, option);
  }

  variables(connector: string): Locator {
    return this.main.getByRole('textbox', { name: `Variables of ${connector}` });
  }

  /** The helper text under a connector's variables editor (our own check of the JSON). */
  variablesHelp(connector: string): Locator {
    return this.main
      .getByRole('region', { name: `Connector ${connector}` })
      .locator('.MuiFormHelperText-root')
      .last();
  }

  /** `shown`: what the editor then displays when it differs from `text` (secret values masked). */
  async setVariables(connector: string, text: string, shown = text): Promise<void> {
    const editor = this.variables(connector);
    await editor.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
    await expect(editor).toHaveText(shown.replace(/\n/g, ''));
  }

  field(label: string): Locator {
    return this.main.getByRole('textbox', { name: label, exact: true });
  }

  /** A section of the review step: "Versions", "Connectors", "Stays the same"… */
  region(name: string): Locator {
    return this.main.getByRole('region', { name });
  }

  /** An alert in the step whose text matches, e.g. a refusal or a 409. */
  alert(text: string | RegExp): Locator {
    return this.main.getByRole('alert').filter({ hasText: text });
  }

  /** A status of the step whose text matches, e.g. the outcome "… now runs project version 10". */
  outcome(text: string | RegExp): Locator {
    return this.main.getByRole('status').filter({ hasText: text });
  }

  /** Version → access → connectors, the access left as it is. Each Next waits for its step. */
  async walkToConnectors(applicationId: string, version: number): Promise<void> {
    await this.goto(applicationId);
    await this.version(version).check();
    await this.nextButton.click();
    await this.expectStep('Set admin and user access');
    await this.nextButton.click();
    await this.expectStep('Configure connectors');
  }

  /**
   * Version → access → connectors → review with the given choices; `variables` maps a
   * connector's name to the JSON typed for it. Each Next waits for the step it opens.
   */
  async walkToReview(
    applicationId: string,
    choices: { version: number; variables?: Record<string, string>; comment?: string },
  ): Promise<void> {
    await this.walkToConnectors(applicationId, choices.version);
    for (const [connector, json] of Object.entries(choices.variables ?? {})) {
      await this.setVariables(connector, json);
    }
    await this.nextButton.click();
    await this.expectStep('Review the upgrade');
    if (choices.comment !== undefined) await this.comment.fill(choices.comment);
  }
}
