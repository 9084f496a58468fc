import { expect, type Locator, type Page } from '@playwright/test';
import { backToDesktop, expectNoSidewaysScroll } from '../support/layout';
import type { Shot } from '../support/shot';

/**
 * A server's upgrade page (/servers/<id>/upgrade[?to=]): the plan, then the runbook of the
 * upgrade it starts, and the downtime dialog over it (…/upgrade/downtime). Accessible names
 * follow src/features/servers/components/{plan,runbook,downtime}.
 */
export class ServerUpgradePage {
  readonly main: Locator;
  readonly heading: Locator;
  /** The plan's one checklist ("Before anything runs"). */
  readonly checklist: Locator;
  readonly imagesChanging: Locator;
  readonly runManual: Locator;
  readonly runHere: Locator;
  readonly acknowledgeDowngrade: Locator;
  readonly runbook: Locator;
  /** The step the runbook is at (aria-current="step"). */
  readonly currentStep: Locator;
  readonly confirmDowntimeLink: Locator;
  readonly dialog: Locator;
  readonly dialogConfirm: Locator;
  readonly applyNow: Locator;
  /** "spacetech runs 3.8.1", once the upgrade completed. */
  readonly completed: Locator;
  readonly recordLink: Locator;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.checklist = this.main.getByRole('list', { name: 'Checklist' });
    this.imagesChanging = this.checklist.getByRole('list', { name: 'Images changing' });
    this.runHere = this.main.getByRole('radio', { name: 'Run here' });
    this.runManual = this.main.getByRole('radio', { name: 'I run the commands' });
    this.acknowledgeDowngrade = this.main.getByRole('checkbox', {
      name: /^I understand this downgrades /,
    });
    this.runbook = this.main.getByRole('region', { name: 'Runbook' });
    this.currentStep = this.runbook.locator('li[aria-current="step"]');
    this.confirmDowntimeLink = this.main.getByRole('link', { name: 'Confirm the downtime' });
    this.dialog = page.getByRole('dialog', { name: 'Confirm the downtime' });
    this.dialogConfirm = this.dialog.getByRole('checkbox', {
      name: /^I understand .* will be unreachable$/,
    });
    this.applyNow = this.dialog.getByRole('button', { name: 'Apply now' });
    this.completed = this.main.locator('.MuiAlertTitle-root').filter({ hasText: / runs \d/ });
    this.recordLink = this.main.getByRole('link', { name: 'Open the upgrade record' });
    this.toasts = page.getByRole('status', { name: 'Notifications' });
  }

  async goto(serverId: string, to?: string): Promise<void> {
    const search = to === undefined ? '' : `?to=${encodeURIComponent(to)}`;
    await this.page.goto(`/servers/${encodeURIComponent(serverId)}/upgrade${search}`);
  }

  startButton(kind: 'upgrade' | 'downgrade' = 'upgrade'): Locator {
    return this.main.getByRole('button', { name: `Start the ${kind}` });
  }

  /** A runbook step by its name ("Download", "Update packages", … "Down", "Version"). */
  step(name: string): Locator {
    return this.runbook
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) })
      .last();
  }

  /** Waits until the runbook is at the step named `name`. */
  async expectAt(name: string, timeout = 20_000): Promise<void> {
    await expect(this.currentStep.getByRole('heading').first()).toHaveText(name, { timeout });
  }

  /** The polite live region once it has said `text`. */
  announcement(text: string | RegExp): Locator {
    return this.main.locator('[role="status"][aria-live="polite"]').filter({ hasText: text });
  }

  /** Presses a button of the current step, e.g. "I ran this", "Run export". */
  async press(name: string): Promise<void> {
    await this.currentStep.getByRole('button', { name }).click();
  }

  /** Step 5: ticks each host as added to DNS, then Confirm DNS. */
  async confirmDns(...hosts: string[]): Promise<void> {
    await this.expectAt('DNS');
    for (const host of hosts)
      await this.currentStep.getByRole('checkbox', { name: `Added ${host} to DNS` }).check();
    await this.press('Confirm DNS');
  }

  copyButton(command: string): Locator {
    return this.runbook.getByRole('button', { name: `Copy the command: ${command}` });
  }

  pasteBox(step: 'check' | 'version'): Locator {
    return this.currentStep.getByRole('textbox', { name: `Output of ${step}` });
  }

  /** Screens at 1280 px and at a 390 px phone (which must not scroll sideways), back at 1280. */
  async shots(shot: Shot, name: string): Promise<void> {
    await shot(name);
    await this.page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(this.page, name);
    await shot(`${name}, phone`);
    await backToDesktop(this.page);
  }
}
