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
    page,
    shell,
    simulator,
  }) => {
    await shell.goto('/applications');
    await expect(shell.banner.getByText('Standalone — simulated data')).toBeVisible();
    // Another page of the same site fills the storage quota.
    await page.evaluate(() => {
      // Halving chunks down to 1 KB leave no room for even a small save.
      let n = 0;
      for (let size = 1 << 20; size >= 1 << 10;) {
        try {
          localStorage.setItem(`filler-${String(n++)}`, 'x'.repeat(size));
        } catch {
          size /= 2;
        }
      }
    });
    await simulator.signInAs('u-operator');
    const status = shell.banner.getByRole('status').filter({ hasText: /simulated/i });
    await expect(status).toContainText('Simulated data — not saved: storage full');

    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('filler-')) localStorage.removeItem(key);
      }
    });
    await simulator.signInAs('u-admin');
    await expect(status).toContainText('Standalone — simulated data');
  });
});
