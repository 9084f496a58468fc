import { ConsoleRole, type CurrentUser, type User } from '@/contract/identity';
import { permissionsOf } from '@/contract/permissions';

/** A person's console role is the strongest UPSHIFT_* role they hold; none means viewer. */
export function consoleRoleOf(user: User): ConsoleRole {
  return ConsoleRole.options.find((role) => user.roles.includes(role)) ?? 'UPSHIFT_VIEWER';
}

export function currentUserOf(user: User): CurrentUser {
  const consoleRole = consoleRoleOf(user);
  return { ...user, consoleRole, permissions: [...permissionsOf(consoleRole)] };
}
