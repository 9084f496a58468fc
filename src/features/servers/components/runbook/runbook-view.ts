import type { ServerUpgrade } from '@/contract/server-upgrades';
import type { ServerDetail, ServerRelease } from '@/contract/servers';
import type { ServerUpgradePlan } from '../../plan';

/** What every part of the runbook reads: the installation, the upgrade record, what it crosses. */
export interface RunbookView {
  server: ServerDetail;
  upgrade: ServerUpgrade;
  /** The releases crossed (new options, the target's images); undefined until releases load. */
  plan: ServerUpgradePlan | undefined;
  /** The target release: the images pasted `version` and `check` output is held to. */
  release: ServerRelease | undefined;
  /** Holds `servers:upgrade`: without it the runbook is read-only. */
  canAct: boolean;
}

export const targetOf = ({ server, upgrade }: RunbookView) => ({
  serverId: server.id,
  upgradeId: upgrade.id,
});
