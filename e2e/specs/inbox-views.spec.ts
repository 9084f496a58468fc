import { expect, personas, test } from '../fixtures';
import type { InboxCategory, InboxPage } from '../pages/inbox.page';
import type { ShellPage } from '../pages/shell.page';
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

/** Every tab of the Inbox, scanned by axe and photographed in the current theme. */
async function scanEveryTab(
  { inbox, shell, page }: { inbox: InboxPage; shell: ShellPage; page: InboxPage['page'] },
  theme: 'light' | 'dark',
  check: (name: string) => Promise<void>,
) {
  const categories: InboxCategory[] = ['All', 'Message', 'Work'];
  for (const category of categories) {
    await inbox.openTab('Events');
    await inbox.openCategory(category);
    await expect(inbox.category(category)).toHaveAttribute('aria-selected', 'true');
    await expect(inbox.count).not.toBeEmpty();
    await shell.settled();
    await check(`inbox events ${category.toLowerCase()} ${theme}`);
  }
  await inbox.openTab('Archived');
  await expect(page).toHaveURL(/\/inbox\/archived$/);
  await expect(inbox.count).not.toBeEmpty();
  await shell.settled();
  await check(`inbox archived ${theme}`);
}

test.describe('inbox', () => {
  test('every tab passes axe in light and dark, and fits a 390 px phone', async ({
    page,
    shell,
    inbox,
    simulator,
    checkA11y,
    shot,
  }) => {
    test.slow();
    const denial = denialOf('Contoso Mining');
    await simulator.bootSimulator({ scenario: FAST });
    await inbox.goto();
    // Contoso Mining will press Deny as soon as the switch e-mails it.
    await simulator.presetTenantDenial(FLEET.id, 't-contoso-mining');
    await waitForOperation(simulator, (await registerNext(simulator)).id);
    await waitForOperation(simulator, (await confirmUpdate(simulator)).id);
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 4 unread', { timeout: 10_000 });
    await inbox.dismissToasts();
    await inbox.action(REGISTERED, 'Archive').click();
    await expect(inbox.item(REGISTERED)).toBeHidden();
    await inbox.dismissToasts();

    for (const theme of ['light', 'dark'] as const) {
      await shell.chooseTheme(theme === 'light' ? 'Light' : 'Dark');
      await scanEveryTab({ inbox, shell, page }, theme, async (name) => {
        await checkA11y(page, { name });
        await shot(name);
      });
    }

    await shell.chooseTheme('Light');
    await page.setViewportSize({ width: 390, height: 844 });
    await inbox.goto('Events', 'Message');
    await expect(inbox.item(denial)).toBeVisible();
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 3 unread');
    await shell.settled();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await checkA11y(page, { name: 'inbox message 390px' });
    await shot('inbox message 390px');
  });

  test('an operator sees their own notifications only, and empty states until then', async ({
    page,
    shell,
    inbox,
    simulator,
    checkA11y,
    shot,
  }) => {
    test.slow();
    await simulator.bootSimulator({ userId: personas.operator, scenario: FAST });
    await inbox.goto();
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, no unread');
    await expect(inbox.emptyState('No events')).toBeVisible();
    await expect(inbox.markAllRead).toBeDisabled();
    const empty: [InboxCategory, string][] = [
      ['Message', 'No messages'],
      ['Work', 'No work updates'],
      ['All', 'No events'],
    ];
    await shell.chooseTheme('Dark');
    for (const [category, title] of empty) {
      await inbox.openCategory(category);
      await expect(inbox.emptyState(title)).toBeVisible();
      await shell.settled();
      await checkA11y(page, { name: `inbox empty ${category.toLowerCase()} dark` });
    }
    await inbox.openTab('Archived');
    await expect(inbox.emptyState('Nothing archived')).toBeVisible();
    await checkA11y(page, { name: 'inbox empty archived dark' });
    await shot('inbox empty archived dark');

    // The operator switches Fleet Telemetry; Harbor Utilities denies.
    await simulator.presetTenantDenial(FLEET.id, 't-harbor-utilities');
    await waitForOperation(simulator, (await registerNext(simulator)).id);
    await waitForOperation(simulator, (await confirmUpdate(simulator)).id);
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 3 unread', { timeout: 10_000 });
    await inbox.dismissToasts();
    await inbox.openTab('Events');
    await expect(inbox.items()).toHaveText([
      new RegExp(UPDATED.replace(/[.]/g, '\\.')),
      new RegExp(denialOf('Harbor Utilities').replace(/[.]/g, '\\.')),
      new RegExp(REGISTERED.replace(/[.]/g, '\\.')),
    ]);
    // The administrator's own notification is not the operator's to see.
    await expect(inbox.main.getByText('Upgrade finished')).toHaveCount(0);
    expect(await storedNotifications(simulator, 'Upgrade finished')).toHaveLength(1);
    // The administrator was told of the denial too, but not of the operator's work.
    expect(await storedNotifications(simulator, denialOf('Harbor Utilities'))).toHaveLength(1);
    expect(await storedNotifications(simulator, UPDATED)).toHaveLength(0);
    await shell.chooseTheme('Light');
    await shell.settled();
    await shot('inbox operator events');
  });
});
