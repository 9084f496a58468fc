import type { ServerUpgrade, ServerUpgradeStatus, UpgradeMode } from '@/contract/server-upgrades';
import { formatDuration } from '../runbook/step-text';

type Versions = Pick<ServerUpgrade, 'from' | 'to' | 'downgrade'>;

/** "3.7.2 → 3.8.1"; a server whose images were never pulled starts from nothing. */
export const fromTo = (u: Versions) => `${u.from ?? 'never pulled'} → ${u.to}`;

/** "Upgrade 3.7.2 → 3.8.1", "Downgrade 3.8.1 → 3.7.2": the direction said in words. */
export const upgradeTitle = (u: Versions) =>
  `${u.downgrade ? 'Downgrade' : 'Upgrade'} ${fromTo(u)}`;

export const upgradeStatusLabels: Record<ServerUpgradeStatus, string> = {
  preparing: 'Preparing',
  scheduled: 'Scheduled',
  applying: 'Applying',
  completed: 'Completed',
  failed: 'Failed',
};

export const modeLabels: Record<UpgradeMode, string> = {
  'run-here': "Run here: the server's agent ran each step",
  manual: 'By hand: the operator ran the commands and marked them',
};

export const configurationLabels: Record<ServerUpgrade['configuration'], string> = {
  pending: 'Not reviewed yet',
  kept: 'global.yaml kept as it was',
  edited: 'global.yaml edited during the upgrade',
};

/** The measured unreachable window ("2 min 15 s"), or what is known of it so far. */
export function downtimeText(u: Pick<ServerUpgrade, 'downAt' | 'upAt'>): string {
  if (u.downAt === null) return 'Not taken down';
  if (u.upAt === null) return 'Down, not up yet';
  return formatDuration(Date.parse(u.upAt) - Date.parse(u.downAt));
}
