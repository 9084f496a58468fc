import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { InboxPage } from '../pages/inbox.page';
import { fixClock } from '../support/clock';
import { REGISTERED, registerNext } from '../support/fleet-notifications';
import type { SimulatorControl } from '../support/simulator';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box: it is not on screen`);
  return box;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Asserts the toast's box and the control's box share no pixel, and the control takes a click. */
async function expectClear(toast: Locator, control: Locator, what: string) {
  const [t, c] = [await boxOf(toast), await boxOf(control)];
  expect(
    intersects(t, c),
    `the toast ${JSON.stringify(t)} covers ${what} ${JSON.stringify(c)}`,
  ).toBe(false);
}

/**
 * Work finishes in the background and the app bar's next poll brings the Inbox arrival toast.
 * The page clock jumps: nothing waits on real time.
 */
async function notificationArrives(page: Page, simulator: SimulatorControl, inbox: InboxPage) {
  // Registering Fleet Telemetry's next version for test: once finished, the administrator is told.
  await registerNext(simulator);
  await page.clock.fastForward('00:30');
  await expect(inbox.toast).toContainText(`New in your Inbox: ${REGISTERED}`, {
    timeout: 10_000,
  });
}

/** The first unread count is the baseline: only what arrives after it is news. */
async function expectBaseline(inbox: InboxPage) {
  await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 1 unread');
}

test.describe('toasts never cover the control needed next', () => {
  test.beforeEach(async ({ page }) => {
    await fixClock(page);
  });

  test.describe('wide window', () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test('an arrival toast sits in the navigation column, clear of the record’s Roll back', async ({
      page,
      shell,
      installed,
      inbox,
      simulator,
      checkA11y,
      shot,
    }) => {
      await installed.gotoRecord('ia-002', 'upg-seed-02');
      await expectBaseline(inbox);
      // Roll back at the bottom of the window, where the person is about to click.
      await installed.rollBack.evaluate((link) => link.scrollIntoView({ block: 'end' }));
      await expect(installed.rollBack).toBeInViewport();

      await notificationArrives(page, simulator, inbox);
      await shell.settled();
      await expectClear(inbox.toast, installed.rollBack, 'Roll back');
      // Nothing of the main content is under it: it stays left of where main begins.
      const [toast, main] = [await boxOf(inbox.toast), await boxOf(shell.main)];
      expect(toast.x + toast.width).toBeLessThanOrEqual(main.x);
      await installed.rollBack.click({ trial: true });
      await checkA11y(page, { name: 'toast beside the navigation' });
      await shot('toast beside the navigation, record with roll back');
    });
  });

  test.describe('phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('with a full-screen dialog open, the toast sits at the top inside it, clear of its buttons', async ({
      page,
      shell,
      manageAccess,
      inbox,
      simulator,
      checkA11y,
      shot,
    }) => {
      await page.goto('/applications/app-001/access');
      await expectBaseline(inbox);
      await manageAccess.openButton.click();
      await expect(manageAccess.cancelButton).toBeVisible();
      // The dialog fills the phone's screen: its buttons are at the bottom edge.
      expect((await boxOf(manageAccess.dialog)).height).toBeGreaterThan(844 * 0.8);

      await notificationArrives(page, simulator, inbox);
      await shell.settled();
      await expectClear(inbox.toast, manageAccess.saveButton, 'Save');
      await expectClear(inbox.toast, manageAccess.cancelButton, 'Cancel');
      await manageAccess.cancelButton.click({ trial: true });
      // Inside the dialog's layer: announced and reachable, not hidden with the page behind.
      const openInbox = page.getByRole('button', { name: 'Open Inbox' });
      await expect(openInbox).toBeVisible();
      await checkA11y(page, { name: 'toast inside a full-screen dialog, phone' });
      await shot('toast inside the manage access dialog, phone');

      await openInbox.click();
      await expect(page).toHaveURL(/\/inbox$/);
      await expect(manageAccess.dialog).toHaveCount(0);
    });
  });
});

test.describe('failures that used to be silent say so', () => {
  test.use({ allowedConsoleErrors: [/status of 50\d/] });

  test('the projects filter, the unread count and the profile: each says what is missing', async ({
    page,
    applicationsList,
    installed,
    inbox,
    simulator,
    checkA11y,
    shot,
  }) => {
    await fixClock(page);
    await simulator.bootSimulator({
      scenario: { failure: { endpointId: 'listProjects', status: 500 } },
    });
    await applicationsList.goto();
    const problem =
      'Projects could not be loaded: the Project and Project version filters are unavailable.';
    await expect(applicationsList.projectFilter).toHaveAccessibleDescription(problem, {
      timeout: 10_000,
    });
    await expect(
      applicationsList.filters.getByRole('button', { name: 'Retry loading projects' }),
    ).toBeVisible();
    await checkA11y(page, { name: 'projects filter unavailable' });
    await shot('projects filter unavailable');

    await simulator.setScenario({ failure: { endpointId: 'getNotificationSummary', status: 500 } });
    // The app bar's next poll of the unread count, without waiting for it.
    await page.clock.fastForward('00:05');
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, unread count unavailable', {
      timeout: 10_000,
    });
    await expect(inbox.toasts).toBeEmpty();
    await checkA11y(page, { name: 'unread count unavailable' });

    await simulator.setScenario({ failure: { endpointId: 'getCurrentUser', status: 503 } });
    await installed.gotoRecord('ia-002', 'upg-seed-02');
    const main = page.getByRole('main');
    await expect(main.getByRole('alert').filter({ hasText: 'Until it loads' })).toContainText(
      'Your profile could not be loaded',
      { timeout: 10_000 },
    );
    await expect(main).not.toContainText('Administrator role');
    await checkA11y(page, { name: 'profile unavailable' });
    await shot('profile unavailable, upgrade record');
  });
});
