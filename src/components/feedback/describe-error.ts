import { ConsoleRole } from '@/contract/identity';
import { roleLabels } from '@/contract/permissions';
import { isApiError } from '@/lib/problem';

export interface ErrorDescription {
  title: string;
  detail: string;
}

const genericDetail =
  'Something unexpected stopped this from loading. Try again; if it keeps happening, reload the console.';

/** Human labels for the roles a 403 names; unknown role names are shown as sent. */
export function roleNames(requiredRoles: readonly string[]): string[] {
  return requiredRoles.map((role) => {
    const parsed = ConsoleRole.safeParse(role);
    return parsed.success ? roleLabels[parsed.data] : role;
  });
}

/** "the Administrator role" / "one of these roles: Administrator, Operator" */
export function describeRoles(requiredRoles: readonly string[]): string | null {
  const names = roleNames(requiredRoles);
  if (names.length === 0) return null;
  if (names.length === 1) return `the ${names[0]} role`;
  return `one of these roles: ${names.join(', ')}`;
}

export function describeError(error: unknown): ErrorDescription {
  if (isApiError(error)) {
    if (error.status === 403) {
      const roles = describeRoles(error.requiredRoles);
      return {
        title: "You don't have access",
        detail: error.detail ?? (roles ? `This needs ${roles}.` : 'Your role does not allow this.'),
      };
    }
    // A problem that says only its status gets the advice for that status after its detail.
    const detail =
      error.detail === undefined
        ? error.advice
        : error.type === 'about:blank'
          ? `${error.detail} ${error.advice}`
          : error.detail;
    // What the refused fields say, for screens with no field to show it at (a dialog, a toast).
    const reasons = Object.values(error.fieldErrors).filter((m) => !detail.includes(m));
    return { title: error.title, detail: [detail, ...reasons].join(' ') };
  }
  return { title: 'Something went wrong', detail: genericDetail };
}
