import { randomUUID } from 'node:crypto';
import type { Operation } from '@/contract/operations';
import type { Db } from '../../mocks/db';
import { expect, personas, test } from '../fixtures';
import type { InboxCategory, InboxPage } from '../pages/inbox.page';
import type { ShellPage } from '../pages/shell.page';
import type { SimulatorControl } from '../support/simulator';

/** Fleet Telemetry: 3.1.0 active, 3.2.0 available; both need app credentials. */
const FLEET = { id: 'sh-003', name: 'Fleet Telemetry', next: '3.2.0' };
const denialOf = (tenant: string) => `${tenant} denied ${FLEET.name} ${FLEET.next}`;
const REGISTERED = `Register ${FLEET.next} to test: finished`;
const UPDATED = `Update to ${FLEET.next}: finished`;

async function startWork(simulator: SimulatorControl, path: string, body?: unknown) {
  const answer = await simulator.api({
    method: 'POST',
    path,
    body,
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  return answer.body as Operation;
}

/** Register to Test, as the Versions tab would (through the API: not this spec's screen). */
const registerNext = (simulator: SimulatorControl) =>
  startWork(simulator, `/self-hosted-applications/${FLEET.id}/versions/${FLEET.next}/registration`);

/** Confirm Update → Yes: the switch e-mails every tenant with access, who may press Deny. */
const confirmUpdate = (simulator: SimulatorControl) =>
  startWork(simulator, `/self-hosted-applications/${FLEET.id}/switches`, {
    version: FLEET.next,
    direction: 'update',
  });

async function finished(simulator: SimulatorControl, op: Operation) {
  await expect
    .poll(
      async () =>
        ((await simulator.api({ method: 'GET', path: `/operations/${op.id}` })).body as Operation)
          .status,
      { timeout: 20_000, intervals: [500] },
    )
    .toBe('succeeded');
}

/** What the simulator stored for this person under this title. */
async function stored(simulator: SimulatorControl, title: string, userId: string = personas.admin) {
  const db: Db = await simulator.state();
  return db.notifications.filter((n) => n.userId === userId && n.title === title);
}

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
  test('a tenant denying provisioning reaches the administrator: badge, toast, Message tab, read, archive', async ({
    page,
    inbox,
    simulator,
    shot,
  }) => {
    test.slow();
    const denial = denialOf('Kestrel Logistics');
    await inbox.goto();
    await expect(inbox.heading).toBeVisible();
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 1 unread');
    await expect(inbox.item('Upgrade finished')).toBeVisible();
    // What was there on load is not news: no toast.
    await expect(inbox.toasts).toBeEmpty();

    await finished(simulator, await registerNext(simulator));
    await expect(inbox.toasts).toContainText(`New in your Inbox: ${REGISTERED}`, {
      timeout: 10_000,
    });
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 2 unread');
    await inbox.dismissToasts();

    // Kestrel Logistics presses Deny in the e-mail while the switch provisions it.
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
    await finished(simulator, update);
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 4 unread', { timeout: 10_000 });
    await expect(inbox.toasts).toContainText(`New in your Inbox: ${UPDATED}`);
    await inbox.dismissToasts();

    await inbox.action(denial, 'Mark read').click();
    await expect(item.getByText('Read', { exact: true })).toBeVisible();
    await expect(inbox.action(denial, 'Mark unread')).toBeVisible();
    await expect(inbox.inboxButton).toHaveAccessibleName('Inbox, 3 unread');
    expect(await stored(simulator, denial)).toMatchObject([{ read: true, archived: false }]);

    await inbox.action(denial, 'Archive').click();
    await expect(inbox.toasts).toContainText(`Archived: ${denial}`);
    await expect(inbox.emptyState('No messages')).toBeVisible();
    await inbox.openTab('Archived');
    await expect(page).toHaveURL(/\/inbox\/archived$/);
    await expect(inbox.item(denial)).toBeVisible();
    expect(await stored(simulator, denial)).toMatchObject([{ read: true, archived: true }]);
    // The operator got their own copy, untouched by what the administrator did.
    expect(await stored(simulator, denial, personas.operator)).toMatchObject([
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
    await inbox.goto();
    // Contoso Mining will press Deny as soon as the switch e-mails it.
    await simulator.presetTenantDenial(FLEET.id, 't-contoso-mining');
    await finished(simulator, await registerNext(simulator));
    await finished(simulator, await confirmUpdate(simulator));
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
    await simulator.bootSimulator({ userId: personas.operator });
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
    await finished(simulator, await registerNext(simulator));
    await finished(simulator, await confirmUpdate(simulator));
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
    expect(await stored(simulator, 'Upgrade finished')).toHaveLength(1);
    // The administrator was told of the denial too, but not of the operator's work.
    expect(await stored(simulator, denialOf('Harbor Utilities'))).toHaveLength(1);
    expect(await stored(simulator, UPDATED)).toHaveLength(0);
    await shell.chooseTheme('Light');
    await shell.settled();
    await shot('inbox operator events');
  });
});
