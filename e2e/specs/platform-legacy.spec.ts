import { expect, test } from '../fixtures';
import { PlatformExecutionPage } from '../pages/platform-execution.page';
import { fixClock } from '../support/clock';
import { createPlanViaApi, getPlan, legacy } from '../support/platform-api';
import { FAST } from '../support/simulator';

test.describe('platform upgrade: Legacy 9.1 → 11', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ operationSpeed: FAST.operationSpeed });

  test('LifeTime first, into a dedicated environment; then Development with every application published', async ({
    page,
    simulator,
    shell,
    checkA11y,
    shot,
  }) => {
    const execution = new PlatformExecutionPage(page);
    await fixClock(page);
    await shell.goto('/platform');
    const plan = await createPlanViaApi(simulator, legacy.id, '11');

    // LifeTime comes first; the application environments wait for it.
    await execution.gotoExecution(plan.id);
    await expect(execution.main.getByRole('heading', { level: 3 }).first()).toHaveText(
      '1. LifeTime',
    );
    await expect(execution.card('Development')).toContainText('LifeTime is on 9.1, behind 11');
    await execution.card('Development').getByRole('link').click();
    await expect(execution.applyAndExit).toBeDisabled();
    await expect(execution.step('Step 1. Upgrade the Platform Server')).toContainText(
      'LifeTime is on 9.1, behind 11',
    );

    // LifeTime: reinstalled in a dedicated environment, then upgraded; nothing to prepare.
    await execution.gotoEnvironment(plan.id, legacy.lifeTime, 'LifeTime');
    const steps = execution.main.getByRole('list', { name: 'LifeTime steps' });
    await expect(steps.getByRole('listitem')).toHaveText([
      /^Reinstall LifeTime in a dedicated environment/,
      /^Run the Platform Server installer/,
      /^Apply and Exit/,
    ]);
    await expect(execution.main.getByRole('heading', { name: /^Step 2/ })).toHaveCount(0);
    await execution.applyAndExit.click();
    await expect(execution.dialog.getByRole('checkbox')).toHaveCount(2);
    await checkA11y(page, { name: 'lifetime apply and exit' });
    await execution.confirmApplyAndExit();
    await expect(execution.progress(/^Platform Server upgrade of LifeTime: /)).toBeVisible();
    await checkA11y(page, { name: 'lifetime execution running' });
    await execution.shots(shot, 'legacy lifetime upgrading');
    await expect(execution.status()).toHaveText('Platform upgraded', { timeout: 30_000 });
    await expect(execution.main).toContainText(
      'LifeTime is up to date: upgrade the environments next.',
    );

    // Development: 9.1 → 11 publishes every application, through an all-modules solution.
    await execution.gotoEnvironment(plan.id, legacy.dev, 'Development');
    await expect(execution.main).toContainText(
      'This upgrade needs every application published in the new version.',
    );
    await expect(
      execution.step('Step 1. Upgrade the Platform Server').getByRole('checkbox', {
        name: 'OutSystems UI components updated',
      }),
    ).not.toBeChecked();
    await execution.applyAndExit.click();
    await expect(execution.dialog.getByRole('checkbox')).toHaveCount(2);
    await execution.confirmApplyAndExit();
    await expect(execution.status()).toHaveText('Platform upgraded', { timeout: 30_000 });
    await expect(execution.methods.getByRole('radio')).toHaveCount(1);
    await expect(execution.method('Publish all: an all-modules solution')).toBeChecked();
    await expect(execution.methods).toContainText('"Current Running Version"');
    await execution.main.getByRole('button', { name: 'Publish all applications' }).click();
    await expect(execution.progress(/^Publication in Development/)).toBeVisible();
    await expect(execution.status()).toHaveText('Applications published', { timeout: 30_000 });
    await expect(execution.main).toContainText(
      'Publish all: an all-modules solution: 3 of 3 applications published.',
    );
    await checkA11y(page, { name: 'legacy development published' });
    await execution.shots(shot, 'legacy development published');

    const stored = await getPlan(simulator, plan.id);
    expect(stored.blockers.every((b) => b.resolved)).toBe(true);
    expect(stored.environments.map((e) => `${e.name}: ${e.status}`)).toEqual([
      'LifeTime: upgraded',
      'Development: published',
      'Quality: not-started',
      'Production: not-started',
    ]);
  });
});
