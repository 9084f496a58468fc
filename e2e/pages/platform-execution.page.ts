import { expect, type Locator, type Page } from '@playwright/test';
import { backToDesktop, expectNoSidewaysScroll } from '../support/layout';
import { InboxPage } from './inbox.page';
import { settled } from '../support/settled';
import type { Shot } from '../support/shot';

/**
 * A plan's Execution tab (/platform/plans/<id>/execution), one environment's execution
 * (…/execution/<envId>), the Stage an application dialog (…/execution/stage) and the Testing
 * tab. Accessible names follow src/features/platform/components/{execution,testing,staging}.
 */
export class PlatformExecutionPage {
  readonly main: Locator;
  readonly dialog: Locator;
  readonly applyAndExit: Locator;
  readonly maintenance: Locator;
  readonly methods: Locator;
  readonly stagings: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.dialog = page.getByRole('dialog');
    this.applyAndExit = this.main.getByRole('button', { name: 'Apply and Exit' });
    this.maintenance = this.main.getByRole('switch', { name: /^Maintenance mode: / });
    this.methods = this.main.getByRole('radiogroup', { name: 'How to publish' });
    this.stagings = this.main.getByRole('list', { name: 'Stagings' });
  }

  async gotoExecution(planId: string): Promise<void> {
    await this.page.goto(`/platform/plans/${planId}/execution`);
    await expect(
      this.main.getByRole('heading', { level: 2, name: 'Environments in upgrade order' }),
    ).toBeVisible();
  }

  async gotoEnvironment(planId: string, environmentId: string, name: string): Promise<void> {
    await this.page.goto(`/platform/plans/${planId}/execution/${environmentId}`);
    await expect(this.environmentHeading(name)).toBeVisible();
  }

  async gotoTesting(planId: string): Promise<void> {
    await this.page.goto(`/platform/plans/${planId}/testing`);
    await expect(this.main.getByRole('heading', { level: 2, name: 'Testing' })).toBeVisible();
  }

  /** "Pre-Production: 11.10.0 → 11.19.0" */
  environmentHeading(name: string): Locator {
    return this.main.getByRole('heading', { level: 2, name: new RegExp(`^${name}: `) });
  }

  /** An environment's card on the Execution tab, by its name ("3. Pre-Production"). */
  card(name: string): Locator {
    return this.main.getByRole('listitem').filter({
      has: this.page.getByRole('link', { name: new RegExp(`^\\d\\. ${name}$`) }),
    });
  }

  /** "Step 1. Upgrade the Platform Server" and the others, as sections. */
  step(title: string): Locator {
    return this.main.getByRole('region', { name: title });
  }

  /** The environment's status in words, beside its heading. */
  status(): Locator {
    return this.main.locator('[data-status]').first();
  }

  /** Ticks every item of the open Apply and Exit dialog and presses OK. */
  async confirmApplyAndExit(): Promise<void> {
    for (const box of await this.dialog.getByRole('checkbox').all()) await box.check();
    await this.dialog.getByRole('button', { name: 'OK: upgrade' }).click();
    await expect(this.dialog).toBeHidden();
  }

  progress(name: string | RegExp): Locator {
    return this.main.getByRole('progressbar', { name });
  }

  preparation(environment: string): Locator {
    return this.progress(new RegExp(`^Modules preparation of ${environment}: `));
  }

  method(label: string): Locator {
    return this.methods.getByRole('radio', { name: label });
  }

  app(name: string): Locator {
    return this.main.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) });
  }

  /** The alert starting with `title`. */
  alert(title: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: new RegExp(`^${title}`) });
  }

  testingForm(environment: string): Locator {
    return this.main.getByRole('form', { name: `Testing of ${environment}` });
  }

  /** Picks an option of one of the dialog's selects. */
  async choose(label: string, option: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /**
   * Screens at 1280 px and at a 390 px phone, which must not scroll sideways, back at 1280. The
   * toasts of finished work are closed first, so the screens show the page.
   */
  async shots(shot: Shot, name: string): Promise<void> {
    await shot(name);
    await new InboxPage(this.page).dismissToasts();
    await this.page.setViewportSize({ width: 390, height: 844 });
    // A toast arriving mid-check is wider while it animates: only an overflow that stays fails.
    await expect(async () => {
      await settled(this.page);
      await expectNoSidewaysScroll(this.page, name);
    }).toPass({ timeout: 5000 });
    await shot(`${name}, phone`);
    await backToDesktop(this.page);
  }
}
