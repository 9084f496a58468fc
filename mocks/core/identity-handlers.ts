import { endpoints } from '@/contract/endpoints';
import { route } from './http';
import { currentUserOf } from './identity';
import { matchesText, paginate } from './paging';

export const identityHandlers = [
  route(endpoints.getCurrentUser, ({ user }) => currentUserOf(user)),

  route(endpoints.listUsers, ({ db, query }) => {
    const users = db.users
      .filter((u) => matchesText(query.q, u.name, u.username, u.email))
      .filter((u) => !query.role || u.roles.includes(query.role))
      .sort((a, b) => a.name.localeCompare(b.name));
    return paginate(users, query.page, query.pageSize);
  }),

  route(endpoints.listGroups, ({ db, query }) => {
    const groups = db.groups
      .filter((g) => matchesText(query.q, g.name))
      .filter((g) => !query.role || g.roles.includes(query.role))
      .sort((a, b) => a.name.localeCompare(b.name));
    return paginate(groups, query.page, query.pageSize);
  }),

  route(endpoints.listRoles, ({ db }) => ({ items: db.roles })),
];
