import type { Locator, Page } from '@playwright/test';

/** The steps of a readiness check, in order (mocks/applications/readiness-check.ts). */
export const readinessSteps = [
  'Read how the application was deployed',
  'Find released project versions',
  'Count running process and task instances',
  'Check that every service answers',
] as const;

/**
 * The "Upgrade readiness" dialog over the applications list
 * (/applications/<id>/readiness-check[?…&operation=<id>]).
 * Accessible names follow src/features/applications/components/readiness-check-dialog.tsx and
 * src/components/operation/*.
 */
export class ReadinessCheckPage {
  /** Whatever application it is about: "Upgrade readiness: <name>". */
  readonly dialog: Locator;
  readonly runButton: Locator;
  readonly closeButton: Locator;
  readonly doneButton: Locator;
  /** "Upgrade readiness check: Running, 40%". */
  readonly progress: Locator;
  readonly steps: Locator;
  readonly stepItems: Locator;
  readonly log: Locator;
  readonly readyAlert: Locator;
  readonly notUpgradableAlert: Locator;
  /** A failure shown inside the dialog with a Retry (start or poll failed). */
  readonly problem: Locator;
  readonly retryButton: Locator;
  /** What a person without applications:check sees instead of "Run check". */
  readonly notAllowed: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Upgrade readiness/ });
    this.runButton = this.dialog.getByRole('button', { name: 'Run check' });
    this.closeButton = this.dialog.getByRole('button', { name: 'Close', exact: true });
    this.doneButton = this.dialog.getByRole('button', { name: 'Done', exact: true });
    this.progress = this.dialog.getByRole('progressbar', { name: /^Upgrade readiness check: / });
    this.steps = this.dialog.getByRole('list', { name: 'Steps' });
    this.stepItems = this.steps.getByRole('listitem');
    this.log = this.dialog.getByRole('log', { name: 'Log' });
    this.readyAlert = this.dialog.getByRole('alert').filter({ hasText: 'Ready to upgrade' });
    this.notUpgradableAlert = this.dialog.getByRole('alert').filter({ hasText: 'Not upgradable' });
    this.retryButton = this.dialog.getByRole('button', { name: 'Retry' });
    // `has` is relative to the alert, so the Retry is found from the page, not the dialog.
    this.problem = this.dialog
      .getByRole('alert')
      .filter({ has: page.getByRole('button', { name: 'Retry' }) });
    this.notAllowed = this.dialog
      .getByRole('alert')
      .filter({ hasText: "You can't run this check" });
  }

  /** The dialog once it names its application. */
  dialogFor(applicationName: string): Locator {
    return this.page.getByRole('dialog', { name: `Upgrade readiness: ${applicationName}` });
  }

  /** Deep link to the dialog, e.g. `goto('app-001', '?q=invoice')`. */
  async goto(applicationId: string, search = ''): Promise<void> {
    await this.page.goto(
      `/applications/${encodeURIComponent(applicationId)}/readiness-check${search}`,
    );
  }

  step(title: string): Locator {
    return this.stepItems.filter({ hasText: title });
  }

  /** The log as shown, one entry per line. */
  async logLines(): Promise<string[]> {
    return (await this.log.innerText())
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }

  /** The operation id the URL carries once a check has started. */
  operationIdInUrl(): string | null {
    return new URL(this.page.url()).searchParams.get('operation');
  }
}
