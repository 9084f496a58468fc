import { endpoints } from '@/contract/endpoints';
import { route } from '../http';
import { problems } from '../problems';
import { paginate } from './paging';

export const notificationHandlers = [
  route(endpoints.listNotifications, ({ db, query, user }) => {
    const mine = db.notifications
      .filter((n) => n.userId === user.id && n.archived === (query.box === 'archived'))
      .sort((a, b) => b.at.localeCompare(a.at))
      .map(({ userId: _userId, ...n }) => n);
    return paginate(mine, query.page, query.pageSize);
  }),

  route(endpoints.getNotificationSummary, ({ db, user }) => ({
    unread: db.notifications.filter((n) => n.userId === user.id && !n.read && !n.archived).length,
  })),

  route(endpoints.updateNotification, ({ db, params, body, user }) => {
    const n = db.notifications.find((x) => x.id === params.notificationId && x.userId === user.id);
    if (!n) throw problems.notFound('Notification', params.notificationId);
    if (body.read !== undefined) n.read = body.read;
    if (body.archived !== undefined) n.archived = body.archived;
    const { userId: _userId, ...visible } = n;
    return visible;
  }),
];
