import { expect, test } from '../fixtures';
import { PlatformExecutionPage } from '../pages/platform-execution.page';
import { E2E_NOW, fixClock } from '../support/clock';
import {
  createPlanViaApi,
  northwind,
  planEnvironmentsViaApi,
  settlePlan,
  startExecutionViaApi,
} from '../support/platform-api';
import { FAST } from '../support/simulator';

const HOUR = 60 * 60 * 1000;
const inHours = (hours: number) => new Date(E2E_NOW.getTime() + hours * HOUR).toISOString();

test.describe('platform upgrade: staging while upgrading', () => {
  test.describe.configure({ timeout: 120_000 });
  // The refusal across versions is a 409, which Chromium logs.
  test.use({ operationSpeed: FAST.operationSpeed, allowedConsoleErrors: [/status of 409/] });

  test('Development → Production is refused across versions; fixed through Pre-Production, the backport open', async ({
    page,
    simulator,
    shell,
    inbox,
    checkA11y,
    shot,
  }) => {
    const execution = new PlatformExecutionPage(page);
    await fixClock(page);
    await shell.goto('/platform');
    // Development and Testing upgraded by OutSystems on their schedules; the others still on 11.10.0.
    const plan = await createPlanViaApi(simulator, northwind.id, '11.19.0');
    await planEnvironmentsViaApi(simulator, plan.id, [
      { environmentId: northwind.dev, schedule: { at: inHours(1), timeZone: 'UTC' } },
      { environmentId: northwind.test, schedule: { at: inHours(26), timeZone: 'UTC' } },
    ]);
    await startExecutionViaApi(simulator, plan.id, northwind.dev, {});
    await startExecutionViaApi(simulator, plan.id, northwind.test, {});
    await page.clock.fastForward('27:00:00');
    await settlePlan(simulator, plan.id);

    await execution.gotoExecution(plan.id);
    await expect(execution.card('Testing')).toContainText('Platform upgraded');
    await inbox.dismissToasts();
    await execution.main.getByRole('link', { name: 'Stage an application' }).click();
    await expect(page).toHaveURL(new RegExp(`/platform/plans/${plan.id}/execution/stage$`));
    await expect(execution.dialog).toHaveAccessibleName('Stage an application');
    await execution.choose('Application', 'Claims Portal');
    await execution.choose('From', 'Development (11.19.0)');
    await execution.choose('To', 'Production (11.10.0)');
    await execution.dialog
      .getByRole('textbox', { name: 'What the fix is' })
      .fill('Claim totals rounded twice');
    await execution.dialog.getByRole('button', { name: 'Stage' }).click();

    // Refused in the server's words, with the seed's way out; every choice kept.
    const refusal = execution.alert("You can't stage between environments in different versions");
    await expect(refusal).toContainText('Development is on 11.19.0 and Production on 11.10.0');
    await expect(refusal).toContainText(
      'Make the fix directly in Pre-Production, still on 11.10.0: use the development tools there to fix, publish and test Claims Portal, then move it to Production.',
    );
    await expect(refusal).toContainText(
      "Don't forget to backport the fix to Development, Testing.",
    );
    await expect(execution.dialog.getByRole('combobox', { name: 'From' })).toHaveText(
      'Development (11.19.0)',
    );
    await checkA11y(page, { name: 'stage an application, refused' });
    await execution.shots(shot, 'staging refused');
    expect((await simulator.state()).stagings).toEqual([]);

    await refusal.getByRole('button', { name: 'Stage from Pre-Production instead' }).click();
    await expect(execution.dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/platform/plans/${plan.id}/execution$`));
    await expect(inbox.toasts).toContainText(
      'Claims Portal staged from Pre-Production to Production. Backport open to Development, Testing.',
    );
    await expect(execution.stagings).toContainText('Claims Portal: Pre-Production → Production');
    await expect(execution.stagings).toContainText('Claim totals rounded twice');
    await expect(execution.stagings).toContainText('Backport open: to Development, Testing.');
    const [staging] = (await simulator.state()).stagings;
    expect(staging).toMatchObject({
      application: 'Claims Portal',
      fromEnvironmentId: northwind.preprod,
      toEnvironmentId: northwind.prod,
      backportTo: [northwind.dev, northwind.test],
    });
    await checkA11y(page, { name: 'plan execution tab, staging open' });
    await execution.shots(shot, 'staging backport open');

    // A deep link opens the dialog with its choices; Back leaves it.
    await page.goto(
      `/platform/plans/${plan.id}/execution/stage?application=Policy%20Admin&from=${northwind.dev}&to=${northwind.test}`,
    );
    await expect(execution.dialog.getByRole('combobox', { name: 'Application' })).toHaveText(
      'Policy Admin',
    );
    await expect(execution.dialog.getByRole('combobox', { name: 'To' })).toHaveText(
      'Testing (11.19.0)',
    );
    await execution.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(execution.dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/platform/plans/${plan.id}/execution$`));
  });
});
