/**
 * Upgrade rules of application instances (seed "Upgrading applications"). Plain functions shared
 * by the console and the simulator, so both refuse the same things for the same reasons.
 */

/** The application version counts upgrades, whatever project version is picked: 1,2,4,10 → 1,2,3,4. */
export function nextApplicationVersion(currentApplicationVersion: number): number {
  return currentApplicationVersion + 1;
}

/** Released project versions an application may move to: strictly higher than the deployed one. */
export function upgradeTargets(
  releasedVersions: readonly number[],
  deployedVersion: number,
): number[] {
  return [...new Set(releasedVersions)].filter((v) => v > deployedVersion).sort((a, b) => a - b);
}

export function latestVersion(releasedVersions: readonly number[]): number {
  return releasedVersions.reduce((max, v) => (v > max ? v : max), 0);
}

export function isUpgradeAvailable(
  releasedVersions: readonly number[],
  deployedVersion: number,
): boolean {
  return latestVersion(releasedVersions) > deployedVersion;
}

/** The role a person or group needs to be made an application's administrator. */
export const ADMIN_ROLE = 'ACTIVITI_ADMIN';

interface Holder {
  id: string;
  name: string;
  roles: readonly string[];
}

/**
 * Field errors for administrators who lack ACTIVITI_ADMIN, keyed like the request body
 * (`admins.users.0`), so the form can show each message beside the entry.
 */
export function adminRoleViolations(
  admins: { users: readonly string[]; groups: readonly string[] },
  directory: { users: readonly Holder[]; groups: readonly Holder[] },
): { field: string; message: string }[] {
  const check = (kind: 'users' | 'groups', label: string) =>
    admins[kind].flatMap((id, i) => {
      const holder = directory[kind].find((h) => h.id === id);
      if (!holder)
        return [{ field: `admins.${kind}.${i}`, message: `No ${label} has the id "${id}".` }];
      if (holder.roles.includes(ADMIN_ROLE)) return [];
      return [
        {
          field: `admins.${kind}.${i}`,
          message: `${holder.name} does not hold the ${ADMIN_ROLE} role, so cannot be an administrator.`,
        },
      ];
    });
  return [...check('users', 'user'), ...check('groups', 'group')];
}
