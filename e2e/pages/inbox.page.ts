import { expect, type Locator, type Page } from '@playwright/test';

export type InboxTab = 'Events' | 'Archived';
export type InboxCategory = 'All' | 'Message' | 'Work';

/** `?category=` of each Events category tab ('' is All). */
export const categoryParams: Record<InboxCategory, string> = {
  All: '',
  Message: 'message',
  Work: 'work',
};

/**
 * The Inbox (/inbox: Events with its category tabs; /inbox/archived) and the app bar's Inbox
 * button. Accessible names follow src/features/inbox/components/*.
 */
export class InboxPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly tabs: Locator;
  readonly categories: Locator;
  /** The app bar's link to the Inbox: "Inbox, 3 unread". */
  readonly inboxButton: Locator;
  readonly markAllRead: Locator;
  /** "3 notifications": the count above the list. */
  readonly count: Locator;
  /** The polite live region that holds the current toast. */
  readonly toasts: Locator;
  /**
   * The toast on screen itself: its box is where it sits (the live region has no size). Found
   * even where a dialog hides the page behind it from assistive technology.
   */
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Inbox' });
    this.tabs = this.main.getByRole('tablist', { name: 'Inbox' });
    this.categories = this.main.getByRole('tablist', { name: 'Event categories' });
    this.inboxButton = page.getByRole('banner').getByRole('link', { name: /^Inbox\b/ });
    this.markAllRead = this.main.getByRole('button', { name: /^Mark all read/ });
    this.count = this.main.getByRole('status').filter({ hasText: /notification/ });
    this.toasts = page.getByRole('status', { name: 'Notifications' });
    this.toast = page
      .getByRole('status', { name: 'Notifications', includeHidden: true })
      .locator('xpath=./*');
  }

  async goto(tab: InboxTab = 'Events', category: InboxCategory = 'All'): Promise<void> {
    const search = categoryParams[category] ? `?category=${categoryParams[category]}` : '';
    await this.page.goto(`/inbox${tab === 'Archived' ? '/archived' : ''}${search}`);
  }

  tab(name: InboxTab): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  category(name: InboxCategory): Locator {
    return this.categories.getByRole('tab', { name, exact: true });
  }

  async openTab(name: InboxTab): Promise<void> {
    await this.tab(name).click();
  }

  async openCategory(name: InboxCategory): Promise<void> {
    await this.category(name).click();
  }

  /** The notifications of the open tab ("Messages, newest first", "Archived notifications, …"). */
  list(): Locator {
    return this.main.getByRole('list', { name: /, newest first$/ });
  }

  items(): Locator {
    return this.list().getByRole('listitem');
  }

  /** One notification, by its title. */
  item(title: string): Locator {
    return this.list().getByRole('listitem', { name: title, exact: true });
  }

  /** "Mark read", "Mark unread", "Archive" or "Restore" on the notification with this title. */
  action(title: string, action: 'Mark read' | 'Mark unread' | 'Archive' | 'Restore'): Locator {
    return this.item(title).getByRole('button', { name: `${action}: ${title}`, exact: true });
  }

  /** The empty state's heading, e.g. "No messages". */
  emptyState(title: string): Locator {
    return this.main.getByRole('heading', { level: 2, name: title, exact: true });
  }

  /** The unread count the app bar's Inbox button names (0 for "no unread"). */
  async unread(): Promise<number> {
    const name = (await this.inboxButton.getAttribute('aria-label')) ?? '';
    return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
  }

  /**
   * Closes every toast (Escape, as a keyboard user would) until none is left: one may be on its
   * way out while the next comes in, so this retries until none is left.
   */
  async dismissToasts(): Promise<void> {
    const close = this.toasts.getByRole('button', { name: 'Close' });
    await expect(async () => {
      if ((await close.count()) > 0) await this.page.keyboard.press('Escape');
      await expect(close).toHaveCount(0, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
  }
}
