import { expect, test } from '../fixtures';
import { PlatformExecutionPage } from '../pages/platform-execution.page';
import { E2E_NOW, fixClock } from '../support/clock';
import {
  createPlanViaApi,
  getPlan,
  northwind,
  planEnvironmentsViaApi,
} from '../support/platform-api';
import { FAST, personas } from '../support/simulator';

const DEV = northwind.dev;
const TWO_HOURS = 2 * 60 * 60 * 1000;

test.describe('platform upgrade: a cloud environment', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ operationSpeed: FAST.operationSpeed });

  test('an operator requests Development with an admin’s approval; the e-mail lands in the Inbox; modules preparation fails, then Retry', async ({
    page,
    simulator,
    shell,
    inbox,
    checkA11y,
    shot,
  }) => {
    const execution = new PlatformExecutionPage(page);
    await fixClock(page);
    await simulator.bootSimulator({ userId: personas.operator });
    await shell.goto('/platform');
    const plan = await createPlanViaApi(simulator, northwind.id, '11.19.0');
    const at = new Date(E2E_NOW.getTime() + TWO_HOURS).toISOString();
    await planEnvironmentsViaApi(simulator, plan.id, [
      { environmentId: DEV, schedule: { at, timeZone: 'Europe/Lisbon' } },
    ]);
    await simulator.platformFaults(DEV, { modulePreparationFailsAt: 'ClaimsPortal_CS' });

    // The request: environment, version and when (its zone named); the admin named, checked first.
    await execution.gotoEnvironment(plan.id, DEV, 'Development');
    const form = execution.main.getByRole('form', { name: 'Upgrade request for Development' });
    await expect(form).toContainText('Platform Server 11.19.0');
    await expect(form).toContainText('(Europe/Lisbon)');
    await expect(execution.main).toContainText(
      "From 11.12.0 you're responsible for updating OutSystems UI, Charts, Maps, the UI templates and Sample Data.",
    );
    await form.getByRole('button', { name: 'Request the upgrade' }).click();
    const approver = form.getByRole('textbox', { name: 'Infrastructure admin approving' });
    await expect(approver).toBeFocused();
    await expect(approver).toHaveAccessibleDescription(
      /^Name the infrastructure admin who approves this request/,
    );
    await checkA11y(page, { name: 'cloud request, refused' });
    await approver.fill('Alex Morgan');
    await form.getByRole('button', { name: 'Request the upgrade' }).click();
    const steps = execution.main.getByRole('list', { name: 'Cloud upgrade steps' });
    await expect(
      execution.main.getByText(/^Approved: OutSystems upgrades it on .*\(Europe\/Lisbon\)\.$/),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expect(steps).toContainText('Approved by Alex Morgan.');
    await expect(steps.locator('li[aria-current="step"]')).toContainText(
      'OutSystems upgrades the Platform Server on the agreed schedule',
    );
    await checkA11y(page, { name: 'cloud request, approved' });
    await execution.shots(shot, 'development cloud request approved');

    // On the agreed schedule OutSystems upgrades it; modules preparation stops at a module.
    await page.clock.fastForward('02:00:00');
    const stopped = execution.alert('Modules preparation stopped at ClaimsPortal_CS');
    await expect(stopped).toBeVisible({ timeout: 20_000 });
    await expect(stopped).toContainText(
      'Retry resumes at that module; the ones prepared are kept.',
    );
    await expect(execution.status()).toHaveText('Platform upgraded');
    await checkA11y(page, { name: 'cloud modules preparation failed' });
    await execution.shots(shot, 'development modules preparation failed');
    await stopped.getByRole('button', { name: 'Retry' }).click();
    await expect(execution.main).toContainText(/Finished: \d+ of \d+ modules prepared\./, {
      timeout: 20_000,
    });
    const stored = (await getPlan(simulator, plan.id)).environments.find(
      (e) => e.environmentId === DEV,
    );
    expect(stored?.execution).toMatchObject({ status: 'done', approvedBy: 'Alex Morgan' });
    expect(stored?.modulePreparation).toMatchObject({ status: 'done', failedModule: null });

    // "Preparing your modules": the e-mail OutSystems sends lands in the requester's Inbox.
    await inbox.goto('Events', 'Message');
    await expect(
      inbox.item('Development is on Platform Server 11.19.0: preparing your modules'),
    ).toBeVisible();

    // A viewer reads the same page, with nothing to act on.
    await simulator.signInAs(personas.viewer);
    await execution.gotoEnvironment(plan.id, DEV, 'Development');
    await expect(execution.main).toContainText('Approved by Alex Morgan');
    await expect(execution.main.getByRole('button')).toHaveCount(0);
    await expect(execution.main.getByRole('checkbox')).toHaveCount(0);
    await checkA11y(page, { name: 'cloud environment, viewer' });
  });
});
