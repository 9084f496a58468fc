import { expect, personas, test } from '../fixtures';
import {
  confirmUpdate,
  denialOf,
  registerNext,
  REGISTERED,
  storedNotifications,
  UPDATED,
} from '../support/fleet-notifications';
import { waitForOperation } from '../support/operations-api';
import { fleetTelemetry as FLEET } from '../support/self-hosted-api';
import { FAST } from '../support/simulator';

test.describe('inbox', () => {
  test('a tenant denying provisioning reaches the administrator: badge, toast, Message tab, read, archive', async ({
    page,
    inbox,
    simulator,
    shot,
  }) => {
    test.slow();
    const denial = denialOf('Kestrel Logistics');
    await simulator.bootSimulator({ scenario: FAST });
    await inbox.goto();
    await expect(inbox.heading).toBeVisible();
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 1 unread');
    await expect(inbox.item('Upgrade finished')).toBeVisible();
    // What was there on load is not news: no toast.
    await expect(inbox.toasts).toBeEmpty();

    await waitForOperation(simulator, (await registerNext(simulator)).id);
    await expect(inbox.toasts).toContainText(`New in your Inbox: ${REGISTERED}`, {
      timeout: 10_000,
    });
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 2 unread');
    await inbox.dismissToasts();

    // Kestrel Logistics presses Deny in the e-mail while the switch provisions it (in real time).
    await simulator.setScenario({ operationSpeed: 1 });
    const update = await confirmUpdate(simulator);
    await simulator.denyTenant(FLEET.id, 't-kestrel');
    await expect(inbox.toasts).toContainText(`New in your Inbox: ${denial}`, { timeout: 10_000 });
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 3 unread');
    await shot('inbox toast tenant denied');

    // The toast opens Inbox → Events → Message.
    await inbox.toasts.getByRole('button', { name: 'Open Inbox' }).click();
    await expect(page).toHaveURL(/\/inbox\?category=message$/);
    await expect(inbox.category('Message')).toHaveAttribute('aria-selected', 'true');
    await expect(inbox.items()).toHaveCount(1);
    const item = inbox.item(denial);
    await expect(item).toContainText('Warning');
    await expect(item.getByText('Unread', { exact: true })).toBeVisible();
    await expect(item).toContainText(
      'Kestrel Logistics pressed Deny in the provisioning e-mail. Its users cannot use Fleet Telemetry',
    );
    await expect(item.locator('time')).toHaveText(
      // Any day: only the form is asserted (a fixed page clock made the toasts after the
      // reload below vanish at random).
      /^\w{3} \d{1,2}, \d{4}, .+\((just now|1 minute ago)\)$/,
    );
    await expect(item.getByRole('link', { name: `View tenants of ${FLEET.name}` })).toHaveAttribute(
      'href',
      `/my-applications/${FLEET.id}/tenants`,
    );

    // The switch goes on and finishes: that is news too.
    await simulator.setScenario(FAST);
    await waitForOperation(simulator, update.id);
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 4 unread', { timeout: 10_000 });
    await expect(inbox.toasts).toContainText(`New in your Inbox: ${UPDATED}`);
    await inbox.dismissToasts();

    await inbox.action(denial, 'Mark read').click();
    await expect(item.getByText('Read', { exact: true })).toBeVisible();
    await expect(inbox.action(denial, 'Mark unread')).toBeVisible();
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 3 unread');
    expect(await storedNotifications(simulator, denial)).toMatchObject([
      { read: true, archived: false },
    ]);

    await inbox.action(denial, 'Archive').click();
    await expect(inbox.toasts).toContainText(`Archived: ${denial}`);
    await expect(inbox.emptyState('No messages')).toBeVisible();
    await inbox.openTab('Archived');
    await expect(page).toHaveURL(/\/inbox\/archived$/);
    await expect(inbox.item(denial)).toBeVisible();
    expect(await storedNotifications(simulator, denial)).toMatchObject([
      { read: true, archived: true },
    ]);
    // The operator got their own copy, untouched by what the administrator did.
    expect(await storedNotifications(simulator, denial, personas.operator)).toMatchObject([
      { read: false, archived: false, category: 'message' },
    ]);

    // A reload keeps it all, and brings no toast for what is already there.
    await page.reload();
    await expect(inbox.item(denial)).toBeVisible();
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 3 unread');
    await expect(inbox.toasts).toBeEmpty();

    await inbox.action(denial, 'Restore').click();
    await expect(inbox.toasts).toContainText(`Restored to Events: ${denial}`);
    await expect(inbox.emptyState('Nothing archived')).toBeVisible();
    await inbox.dismissToasts();
    await inbox.openTab('Events');
    await inbox.openCategory('Message');
    await expect(inbox.item(denial)).toBeVisible();

    await inbox.openCategory('All');
    await expect(inbox.items()).toHaveCount(4);
    await inbox.markAllRead.click();
    await expect(inbox.toasts).toContainText('Marked 3 as read.');
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, no unread');
    await expect(inbox.markAllRead).toBeDisabled();
    await expect(inbox.items().getByText('Unread', { exact: true })).toHaveCount(0);
  });
});
