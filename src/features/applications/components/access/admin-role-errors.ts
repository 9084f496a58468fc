import { adminRoleViolations } from '../../rules';
import type { Principal } from './principal';

/**
 * The seed's rule (an administrator must hold ACTIVITI_ADMIN) for chosen principals, with the
 * simulator's own function and messages, keyed like the request body: `admins.users.0`.
 */
export function chosenAdminErrors(admins: {
  users: readonly Principal[];
  groups: readonly Principal[];
}): Record<string, string> {
  const ids = { users: admins.users.map((p) => p.id), groups: admins.groups.map((p) => p.id) };
  const errors: Record<string, string> = {};
  for (const { field, message } of adminRoleViolations(ids, admins)) errors[field] ??= message;
  return errors;
}
