import type { ConsoleRole, Permission } from './identity';

/** Who may do what. The simulator enforces this table; the UI only hides what it forbids. */
export const rolePermissions: Record<ConsoleRole, readonly Permission[]> = {
  UPSHIFT_ADMINISTRATOR: [
    'applications:upgrade',
    'applications:manage-access',
    'applications:check',
    'app-versions:switch',
    'templates:publish',
    'templates:upgrade',
    'servers:upgrade',
    'platform:plan',
    'secrets:read',
  ],
  UPSHIFT_OPERATOR: [
    'applications:check',
    'app-versions:switch',
    'servers:upgrade',
    'platform:plan',
  ],
  UPSHIFT_PRODUCT_OWNER: [],
  UPSHIFT_VIEWER: [],
};

export const roleLabels: Record<ConsoleRole, string> = {
  UPSHIFT_ADMINISTRATOR: 'Administrator',
  UPSHIFT_OPERATOR: 'Operator',
  UPSHIFT_PRODUCT_OWNER: 'Product owner',
  UPSHIFT_VIEWER: 'Viewer',
};

export function permissionsOf(role: ConsoleRole): readonly Permission[] {
  return rolePermissions[role];
}

export function requiredRolesFor(permission: Permission): ConsoleRole[] {
  return (Object.keys(rolePermissions) as ConsoleRole[]).filter((role) =>
    rolePermissions[role].includes(permission),
  );
}
