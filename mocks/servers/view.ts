import type { ServerUpgrade } from '@/contract/server-upgrades';
import type { ServerDetail, ServerSummary } from '@/contract/servers';
import { latestVersionOf, compareVersions } from '@/lib/version-compare';
import { planServerUpgrade } from '@/features/servers/plan';
import type { Db } from '../db';
import type { ServerRecord, ServerUpgradeRecord } from './state';

export function latestRelease(db: Db): string {
  return latestVersionOf(db.serverReleases.map((r) => r.version)) ?? '0.0';
}

/** The unfinished upgrade of a server, if any (at most one: a second start is a 409). */
export function activeUpgradeOf(db: Db, serverId: string): ServerUpgradeRecord | undefined {
  return db.serverUpgrades.find((u) => u.serverId === serverId && u.status !== 'completed');
}

export function toServerSummary(db: Db, server: ServerRecord): ServerSummary {
  const latest = latestRelease(db);
  const plan = planServerUpgrade(server.packageVersion, latest, db.serverReleases, server.runners);
  return {
    id: server.id,
    name: server.name,
    project: server.project,
    packageVersion: server.packageVersion,
    scriptVersion: server.scriptVersion,
    state: server.state,
    latestVersion: latest,
    upgradeAvailable:
      server.packageVersion === null || compareVersions(latest, server.packageVersion) > 0,
    runnersBelowMinimum: plan.runnersBelow.length,
    activeUpgradeId: activeUpgradeOf(db, server.id)?.id ?? null,
    updatedAt: server.updatedAt,
  };
}

export function toServerDetail(db: Db, server: ServerRecord): ServerDetail {
  return {
    ...toServerSummary(db, server),
    services: server.services,
    lastCheckAt: server.lastCheckAt,
    runners: server.runners,
    subdomains: server.subdomains,
    files: server.files,
  };
}

export function toServerUpgrade(upgrade: ServerUpgradeRecord): ServerUpgrade {
  const { configurationRevisionAtStart: _rev, scheduledBy: _by, ...visible } = upgrade;
  return visible;
}
