import { expect, test } from '../fixtures';
import { ManageAccessPage } from '../pages/manage-access.page';

const APP = { id: 'app-001', name: 'invoice-approvals' };

/** The standalone simulator's state belongs to the browser, as a server's would to everyone. */
test.describe('standalone state shared by the tabs of one browser', () => {
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test('a second tab saving first gives this tab the 409 a server would, with its choices kept', async ({
    context,
    manageAccess: thisTab,
    shell,
    checkA11y,
  }) => {
    await thisTab.goto(APP.id);
    await thisTab.expectEditing();
    await thisTab.choose('Admin groups', 'hr', 'hr-admins');

    const otherTab = new ManageAccessPage(await context.newPage());
    await otherTab.goto(APP.id);
    await otherTab.expectEditing();
    await otherTab.choose('Users', 'tom', 'Tom Fischer');
    await otherTab.saveButton.click();
    await expect(otherTab.dialog).toBeHidden();
    await otherTab.page.close();

    await thisTab.saveButton.click();
    await expect(thisTab.problem).toContainText(`Someone else changed access to ${APP.name}`);
    await expect(thisTab.chosen('Admin groups')).toHaveText(['hr-admins']);
    await shell.settled();
    await checkA11y(thisTab.page, { name: 'manage access, conflict from another tab' });
  });

  test('says when the browser stops taking the simulator’s saves, and when it takes them again', async ({
    shell,
    simulator,
  }) => {
    await shell.goto('/applications');
    await expect(shell.banner.getByText('Standalone — simulated data')).toBeVisible();
    // The browser's storage refuses the worker's saves, as when it is full.
    await simulator.storageFull(true);
    await simulator.signInAs('u-operator');
    const status = shell.banner.getByRole('status').filter({ hasText: /simulated/i });
    await expect(status).toContainText('Simulated data — not saved: storage full');

    await simulator.storageFull(false);
    await simulator.signInAs('u-admin');
    await expect(status).toContainText('Standalone — simulated data');
  });

  test('outlives its service worker: stopped, the worker starts again from the browser’s storage', async ({
    page,
    shell,
    simulator,
  }) => {
    await shell.goto('/applications');
    await simulator.signInAs('u-operator');
    await simulator.setScenario({ operationSpeed: 5 });
    // What Chromium does to a worker left idle for about 30 seconds.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    await page.reload();
    await expect(shell.userMenuButton).toHaveAccessibleName(/Olivia Park, Operator/);
    const state = await simulator.state();
    expect(state.scenario.operationSpeed).toBe(5);
    expect(state.session.userId).toBe('u-operator');
  });
});
