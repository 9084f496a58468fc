import type { ApplicationSummary } from '@/contract/applications';

type Upgradable = Pick<
  ApplicationSummary,
  'deployedVia' | 'status' | 'upgradeAvailable' | 'projectVersion'
>;

/** Why the Upgrade action cannot be used on this application, or null when it can. */
export function upgradeBlockedReason(app: Upgradable): string | null {
  if (app.deployedVia === 'helm') {
    return 'Deployed with Helm: only applications deployed by the deployment service can be upgraded.';
  }
  if (app.status === 'upgrading') return 'An upgrade is already running.';
  if (!app.upgradeAvailable)
    return `No released project version is higher than ${String(app.projectVersion)}.`;
  return null;
}
