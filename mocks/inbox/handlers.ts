import { endpoints } from '@/contract/endpoints';
import type { NotificationCategoryFilter } from '@/contract/notifications';
import type { StoredNotification } from '../core/state';
import type { Db } from '../db';
import { route } from '../core/http';
import { problems } from '../core/problems';
import { paginate } from '../core/paging';

const inCategory = (n: StoredNotification, category: NotificationCategoryFilter | undefined) =>
  category === undefined ||
  (category === 'work' ? n.category === undefined : n.category === category);

/** The person's own notifications of one box, newest first. */
function mine(db: Db, userId: string, box: 'inbox' | 'archived') {
  return db.notifications
    .filter((n) => n.userId === userId && n.archived === (box === 'archived'))
    .sort((a, b) => b.at.localeCompare(a.at));
}

const visible = ({ userId: _userId, ...n }: StoredNotification) => n;

export const notificationHandlers = [
  route(endpoints.listNotifications, ({ db, query, user }) => {
    const items = mine(db, user.id, query.box).filter((n) => inCategory(n, query.category));
    return paginate(items.map(visible), query.page, query.pageSize);
  }),

  route(endpoints.getNotificationSummary, ({ db, user }) => {
    const unread = mine(db, user.id, 'inbox').filter((n) => !n.read);
    const latest = unread[0];
    return { unread: unread.length, ...(latest ? { latest: visible(latest) } : {}) };
  }),

  route(endpoints.updateNotification, ({ db, params, body, user }) => {
    const n = db.notifications.find((x) => x.id === params.notificationId && x.userId === user.id);
    if (!n) throw problems.notFound('Notification', params.notificationId);
    if (body.read !== undefined) n.read = body.read;
    if (body.archived !== undefined) n.archived = body.archived;
    return visible(n);
  }),

  route(endpoints.markAllNotificationsRead, ({ db, body, user }) => {
    const inbox = mine(db, user.id, 'inbox');
    const marked = inbox.filter((n) => !n.read && inCategory(n, body.category));
    for (const n of marked) n.read = true;
    return { marked: marked.length, unread: inbox.filter((n) => !n.read).length };
  }),
];
