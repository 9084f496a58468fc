import { expect, type Locator, type Page } from '@playwright/test';
import { backToDesktop, expectNoSidewaysScroll } from '../support/layout';
import type { Shot } from '../support/shot';

export type PlanPhase = 'analysis' | 'planning' | 'execution' | 'testing';

/**
 * The Platform area: the infrastructure page (/platform) and an upgrade plan's page
 * (/platform/plans/<id>/<phase>) with its Analysis and Planning tabs. Accessible names follow
 * src/features/platform/components/{infrastructure,plan,analysis,planning}.
 */
export class PlatformPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly phases: Locator;
  readonly reviewSummary: Locator;
  readonly order: Locator;
  readonly warnings: Locator;
  readonly checklist: Locator;
  readonly save: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.phases = this.main.getByRole('tablist', { name: 'Upgrade phases' });
    this.reviewSummary = this.main.getByText(/ reviewed · .* of fixing estimated$/);
    this.order = this.main.getByRole('list', { name: 'Upgrade order' });
    this.warnings = this.main.getByRole('region', { name: 'Warnings' });
    this.checklist = this.main.getByRole('region', {
      name: 'Pre-production checklist for Production',
    });
    this.save = this.main.getByRole('button', { name: 'Save the plan' });
    this.saved = this.main.getByText('Everything shown is saved.');
  }

  async goto(): Promise<void> {
    await this.page.goto('/platform');
    await expect(this.heading).toHaveText('Platform');
  }

  infrastructure(name: string): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  /** Picks the target version and plans the upgrade of `infrastructure`; returns the plan id. */
  async planUpgrade(infrastructure: string, to: string): Promise<string> {
    const section = this.infrastructure(infrastructure);
    await section.getByRole('combobox', { name: 'Target version' }).click();
    await this.page.getByRole('option', { name: to, exact: true }).click();
    await section.getByRole('button', { name: 'Plan an upgrade' }).click();
    await expect(this.page).toHaveURL(/\/platform\/plans\/[^/]+\/analysis$/);
    return this.page.url().split('/plans/')[1]?.split('/')[0] ?? '';
  }

  tab(phase: PlanPhase): Locator {
    return this.phases.getByRole('tab', { name: new RegExp(`^${phase}`, 'i') });
  }

  async openPhase(phase: PlanPhase): Promise<void> {
    await this.tab(phase).click();
    await expect(this.tab(phase)).toHaveAttribute('aria-selected', 'true');
  }

  change(title: string): Locator {
    return this.main.getByRole('article', { name: title, exact: true });
  }

  async needsFix(title: string, hours: string, note: string): Promise<void> {
    const card = this.change(title);
    await card.getByRole('button', { name: 'Needs a fix…' }).click();
    await card.getByRole('textbox', { name: 'Estimate (hours)' }).fill(hours);
    await card.getByRole('textbox', { name: 'Note' }).fill(note);
    await card.getByRole('button', { name: 'Save the estimate' }).click();
    await expect(card).toContainText(`Needs a fix: ${hours} hours estimated by `);
  }

  /** Marks every change not marked reviewed yet as reviewed, one after the other. */
  async reviewTheRest(): Promise<void> {
    const pending = this.main.getByRole('button', { name: 'Mark reviewed' });
    while ((await pending.count()) > 0) {
      const before = await pending.count();
      await pending.first().click();
      await expect(pending).toHaveCount(before - 1);
    }
  }

  /** The names in the upgrade order, first to last. */
  orderNames(): Promise<string[]> {
    return this.order.locator('li bdi').allTextContents();
  }

  /** Presses Enter on an environment's Move button (focused with the keyboard's focus). */
  async move(environment: string, direction: 'up' | 'down'): Promise<void> {
    const button = this.order.getByRole('button', {
      name: `Move ${direction}: ${environment}`,
    });
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  settings(environment: string): Locator {
    return this.main.getByRole('region', { name: environment, exact: true });
  }

  strategy(environment: string, label: 'Downtime' | 'Zero-downtime'): Locator {
    return this.settings(environment).getByRole('radio', { name: new RegExp(`^${label}: `) });
  }

  /** The date-time field of an environment's schedule, "YYYY-MM-DDTHH:mm" in its zone. */
  schedule(environment: string): Locator {
    return this.settings(environment).getByLabel(`Upgrade ${environment} on`);
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
