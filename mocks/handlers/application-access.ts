import { endpoints } from '@/contract/endpoints';
import { adminRoleViolations } from '@/features/applications/rules';
import type { Db } from '../db';
import { route } from '../http';
import { problems } from '../problems';
import { recordAudit } from '../records';
import { defaultAccess } from '../seed/applications';
import { findApplication } from './applications';

function accessOf(db: Db, applicationId: string) {
  return db.access[applicationId] ?? defaultAccess(applicationId);
}

const describe = (a: { users: string[]; groups: string[] }) =>
  `users: ${a.users.join(', ') || 'none'}; groups: ${a.groups.join(', ') || 'none'}`;

export const applicationAccessHandlers = [
  route(endpoints.getApplicationAccess, ({ db, params }) => {
    findApplication(db, params.applicationId);
    return accessOf(db, params.applicationId);
  }),

  route(endpoints.updateApplicationAccess, ({ db, params, body, user, now }) => {
    const app = findApplication(db, params.applicationId);
    const current = accessOf(db, app.id);
    if (body.revision !== current.revision) {
      throw problems.conflict(
        'Someone else changed this access',
        `You edited revision ${body.revision}, but it is now at revision ${current.revision}. Reload to see their change; your edits are kept.`,
        current.revision,
      );
    }
    const unknownUsers = body.users.users.flatMap((id, i) =>
      db.users.some((u) => u.id === id)
        ? []
        : [{ field: `users.users.${i}`, message: `No user has the id "${id}".` }],
    );
    const unknownGroups = body.users.groups.flatMap((id, i) =>
      db.groups.some((g) => g.id === id)
        ? []
        : [{ field: `users.groups.${i}`, message: `No group has the id "${id}".` }],
    );
    const errors = [...adminRoleViolations(body.admins, db), ...unknownUsers, ...unknownGroups];
    if (errors.length > 0) {
      throw problems.unprocessable(
        'Access cannot be saved',
        'Every administrator needs the ACTIVITI_ADMIN role.',
        errors,
      );
    }
    const next = {
      applicationId: app.id,
      revision: current.revision + 1,
      admins: body.admins,
      users: body.users,
    };
    db.access[app.id] = next;
    recordAudit(db, now, {
      actor: { id: user.id, name: user.name },
      action: 'application.access.update',
      resource: { type: 'application', id: app.id, name: app.name },
      from: `admins ${describe(current.admins)} / users ${describe(current.users)}`,
      to: `admins ${describe(next.admins)} / users ${describe(next.users)}`,
      comment: body.comment,
      outcome: 'succeeded',
    });
    return next;
  }),
];
