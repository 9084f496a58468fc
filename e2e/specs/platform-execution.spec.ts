import { expect, test } from '../fixtures';
import { PlatformExecutionPage } from '../pages/platform-execution.page';
import { PlatformPage } from '../pages/platform.page';
import { fixClock } from '../support/clock';
import {
  createPlanViaApi,
  getPlan,
  northwind,
  planEnvironmentsViaApi,
} from '../support/platform-api';
import { FAST } from '../support/simulator';

test.describe('platform upgrade: execution and testing', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ operationSpeed: FAST.operationSpeed });

  test('Northwind: Pre-Production with Apply and Exit, modules preparation through a reload, gradual publish, tested; then Production', async ({
    page,
    simulator,
    shell,
    checkA11y,
    shot,
  }) => {
    const execution = new PlatformExecutionPage(page);
    const platform = new PlatformPage(page);
    await fixClock(page);
    await shell.goto('/platform');
    const plan = await createPlanViaApi(simulator, northwind.id, '11.19.0');
    await planEnvironmentsViaApi(simulator, plan.id, [
      { environmentId: northwind.prod, strategy: 'zero-downtime' },
    ]);

    // The Execution tab: every environment in order, its status and what is next.
    await execution.gotoExecution(plan.id);
    await expect(execution.card('Pre-Production')).toContainText(
      'Not startedNext: maintenance mode on, run the installer, then Apply and Exit.',
    );
    await expect(execution.card('Production')).toContainText(
      'Production waits for another environment to be upgraded and tested',
    );
    await checkA11y(page, { name: 'plan execution tab' });
    await execution.shots(shot, 'plan execution');

    // Pre-Production: maintenance mode on, then Apply and Exit confirmed item by item.
    await execution.card('Pre-Production').getByRole('link').click();
    await expect(execution.environmentHeading('Pre-Production')).toHaveText(
      'Pre-Production: 11.10.0 → 11.19.0',
    );
    await execution.maintenance.click();
    await expect(execution.maintenance).toHaveAccessibleName('Maintenance mode: On');
    await execution.applyAndExit.click();
    await expect(execution.dialog).toHaveAccessibleName('Apply and Exit: Pre-Production');
    await execution.dialog.getByRole('button', { name: 'OK: upgrade' }).click();
    await expect(execution.dialog.getByText('Confirm this step to upgrade.')).toHaveCount(3);
    await checkA11y(page, { name: 'apply and exit dialog, refused' });
    await shot('apply and exit dialog');
    await execution.confirmApplyAndExit();
    await expect(execution.progress(/^Platform Server upgrade of Pre-Production: /)).toBeVisible();
    await expect(execution.main.locator('li[aria-current="step"]')).toContainText(
      'Run the Platform Server installer',
    );

    // Modules preparation runs on its own, survives a reload; gradual waits for it.
    await expect(execution.preparation('Pre-Production')).toBeVisible({ timeout: 20_000 });
    await expect(execution.method('Gradually: the applications you choose')).toBeDisabled();
    await expect(execution.main).toContainText(
      'Publishing waits for modules preparation to finish (',
    );
    await checkA11y(page, { name: 'pre-production execution, preparing modules' });
    await execution.shots(shot, 'pre-production preparing modules');
    await page.reload();
    await expect(execution.preparation('Pre-Production')).toBeVisible();
    await expect(execution.preparation('Pre-Production')).toHaveAccessibleName(
      /: \d+ of 86 modules prepared$/,
    );
    await expect(execution.main).toContainText('Finished: 86 of 86 modules prepared.', {
      timeout: 30_000,
    });

    // Then gradual: two applications now, the rest with Deploy All.
    await expect(execution.method('Gradually: the applications you choose')).toBeChecked();
    await execution.app('Claims Portal').check();
    await execution.app('Policy Admin').check();
    await execution.main.getByRole('button', { name: 'Publish the chosen applications' }).click();
    await expect(execution.main).toContainText(
      'Gradually: the applications you choose: 2 of 2 applications published.',
      { timeout: 20_000 },
    );
    await expect(execution.app('Claims Portal')).toBeDisabled();
    await execution.method('Deploy All').check();
    await execution.main.getByRole('button', { name: 'Publish all applications' }).click();
    await expect(execution.status()).toHaveText('Applications published', { timeout: 20_000 });
    await execution.main.getByRole('checkbox', { name: 'Development tools upgraded' }).check();
    await expect(execution.step('Step 2. Upgrade the development tools')).toContainText(
      'Done by Alex Morgan.',
    );
    await execution.shots(shot, 'pre-production published');

    // Testing: both checks, each said at its box, then Tested.
    await platform.openPhase('testing');
    const form = execution.testingForm('Pre-Production');
    await form.getByRole('button', { name: 'Tested' }).click();
    await expect(
      form.getByRole('checkbox', { name: 'Hot-points tested' }),
    ).toHaveAccessibleDescription(/^Test your applications' hot-points/);
    await checkA11y(page, { name: 'plan testing tab, refused' });
    await form.getByRole('checkbox', { name: 'Hot-points tested' }).check();
    await form.getByRole('checkbox', { name: 'Service Center Error Log checked' }).check();
    await form.getByRole('textbox', { name: 'Note' }).fill('Claims and policies end to end');
    await form.getByRole('button', { name: 'Tested' }).click();
    await expect(execution.main.getByText(/^Tested by Alex Morgan, /)).toBeVisible();
    await execution.shots(shot, 'plan testing');
    await shell.chooseTheme('Dark');
    await checkA11y(page, { name: 'plan testing tab, dark theme' });
    await shell.chooseTheme('Light');

    // Production may start now: the seven zero-downtime steps, in order.
    await execution.gotoEnvironment(plan.id, northwind.prod, 'Production');
    const steps = execution.main.getByRole('list', { name: 'Zero-downtime steps' });
    await expect(steps.getByRole('listitem')).toHaveCount(7);
    await expect(steps.getByRole('listitem').nth(2)).toContainText(
      'Disconnect half of the front-end servers in each zone at the load balancer',
    );
    await expect(execution.main).toContainText('Mobile apps get over-the-air upgrades');
    await execution.applyAndExit.click();
    await execution.confirmApplyAndExit();
    await expect(steps.locator('li[aria-current="step"]')).toHaveCount(1);
    await checkA11y(page, { name: 'production execution, zero-downtime' });
    await execution.shots(shot, 'production zero-downtime');
    await expect(execution.status()).toHaveText('Upgrading');
    const stored = await getPlan(simulator, plan.id);
    expect(stored.environments.map((e) => `${e.name}: ${e.status}`)).toEqual([
      'Development: not-started',
      'Testing: not-started',
      'Pre-Production: tested',
      'Production: upgrading',
    ]);
  });
});
