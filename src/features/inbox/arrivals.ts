import type { Notification, NotificationSummary } from '@/contract/notifications';

/**
 * Tells, poll after poll of the unread summary, whether notifications arrived since the last
 * one. Pure: the toast hook keeps the returned `seen` and passes it back next time.
 *
 * A notification arrived when the newest unread one is newer than anything seen before for this
 * person. Marking read or unread, archiving and restoring never make a notification newer, so
 * they never look like arrivals; the first answer after loading (or after switching person) only
 * sets the baseline.
 */
export interface Seen {
  userId: string;
  /** The newest `at` seen so far, in ms (-Infinity before any). */
  newestAt: number;
  unread: number;
}

export interface Arrival {
  /** How many arrived (at least 1; the growth of the unread count when several came at once). */
  count: number;
  latest: Notification;
}

export function detectArrival(
  seen: Seen | undefined,
  userId: string,
  summary: NotificationSummary,
): { seen: Seen; arrival?: Arrival } {
  const latest = summary.latest;
  const latestAt = latest ? Date.parse(latest.at) : Number.NEGATIVE_INFINITY;
  if (seen?.userId !== userId) {
    return { seen: { userId, newestAt: latestAt, unread: summary.unread } };
  }
  const next = { userId, newestAt: Math.max(seen.newestAt, latestAt), unread: summary.unread };
  if (!latest || latestAt <= seen.newestAt) return { seen: next };
  return {
    seen: next,
    arrival: { count: Math.max(1, summary.unread - seen.unread), latest },
  };
}

export interface ArrivalToast {
  message: string;
  severity: Notification['severity'];
  /** Where "Open Inbox" leads: the Message tab when a message arrived alone. */
  href: string;
}

export function arrivalToast(
  arrival: Arrival,
  inboxHref: (search: string) => string,
): ArrivalToast {
  const { count, latest } = arrival;
  if (count > 1) {
    return {
      message: `${String(count)} new notifications in your Inbox. Newest: ${latest.title}`,
      severity: 'info',
      href: inboxHref(''),
    };
  }
  return {
    message: `New in your Inbox: ${latest.title}`,
    severity: latest.severity,
    href: inboxHref(latest.category ? `?category=${latest.category}` : ''),
  };
}
