import type { AccessAssignment, ApplicationAccess } from '@/contract/applications';
import { endpoints } from '@/contract/endpoints';
import { ADMIN_ROLE, adminRoleViolations } from '@/features/applications/rules';
import type { Db } from '../db';
import { route } from '../core/http';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import { defaultAccess } from './seed';
import { findApplication } from './handlers';

export function accessOf(db: Db, applicationId: string) {
  return db.access[applicationId] ?? defaultAccess(applicationId);
}

const parts = [
  { side: 'admins', kind: 'users', label: 'Admin users' },
  { side: 'admins', kind: 'groups', label: 'Admin groups' },
  { side: 'users', kind: 'users', label: 'Users' },
  { side: 'users', kind: 'groups', label: 'User groups' },
] as const;

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * What the audit shows for an access change: only the lists that changed, by name, e.g.
 * "Admin users: Alex Morgan, Mateo Rossi" → "Admin users: Alex Morgan, Nadia Haddad".
 */
export function describeAccessChange(
  db: Db,
  before: Pick<ApplicationAccess, 'admins' | 'users'>,
  after: Pick<ApplicationAccess, 'admins' | 'users'>,
): { from?: string; to?: string } {
  const nameOf = (kind: keyof AccessAssignment, id: string) =>
    (kind === 'users' ? db.users : db.groups).find((h) => h.id === id)?.name ?? id;
  const changed = parts.filter((p) => !sameIds(before[p.side][p.kind], after[p.side][p.kind]));
  if (changed.length === 0) return {};
  const text = (access: Pick<ApplicationAccess, 'admins' | 'users'>) =>
    changed
      .map((p) => {
        const names = access[p.side][p.kind].map((id) => nameOf(p.kind, id));
        return `${p.label}: ${names.join(', ') || 'none'}`;
      })
      .join('; ');
  return { from: text(before), to: text(after) };
}

function unknownIds(db: Db, who: AccessAssignment) {
  const check = (kind: keyof AccessAssignment, label: string) =>
    who[kind].flatMap((id, i) =>
      (kind === 'users' ? db.users : db.groups).some((h) => h.id === id)
        ? []
        : [{ field: `users.${kind}.${String(i)}`, message: `No ${label} has the id "${id}".` }],
    );
  return [...check('users', 'user'), ...check('groups', 'group')];
}

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
        `You edited revision ${body.revision}, but it is now at revision ${current.revision}. Load the latest to see their change; your choices are kept.`,
        current.revision,
      );
    }
    const roleErrors = adminRoleViolations(body.admins, db);
    const errors = [...roleErrors, ...unknownIds(db, body.users)];
    if (errors.length > 0) {
      throw problems.unprocessable(
        'Access cannot be saved',
        roleErrors.length > 0
          ? `Every administrator needs the ${ADMIN_ROLE} role.`
          : 'Some of the users or groups are not in the directory.',
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
      ...describeAccessChange(db, current, next),
      comment: body.comment === '' ? undefined : body.comment,
      outcome: 'succeeded',
    });
    return next;
  }),
];
