/**
 * Upgrade rules of application instances (seed "Upgrading applications"). Plain functions shared
 * by the console and the simulator, so both refuse the same things for the same reasons.
 */

/** The application version counts upgrades, whatever project version is picked: 1,2,4,10 → 1,2,3,4. */
export function nextApplicationVersion(currentApplicationVersion: number): number {
  return currentApplicationVersion + 1;
}

/** Released project versions an application may move to: strictly higher than the deployed one. */
export function upgradeTargets(releasedVersions: readonly number[], deployedVersion: number): number[] {
  return [...new Set(releasedVersions)].filter((v) => v > deployedVersion).sort((a, b) => a - b);
}

export function latestVersion(releasedVersions: readonly number[]): number {
  return releasedVersions.reduce((max, v) => (v > max ? v : max), 0);
}

export function isUpgradeAvailable(releasedVersions: readonly number[], deployedVersion: number): boolean {
  return latestVersion(releasedVersions) > deployedVersion;
}
