import type { UpgradeRecord, UpgradeRecordDetail } from '@/contract/template-upgrade-records';
import type {
  InstalledApplication,
  InstalledApplicationDetail,
} from '@/contract/template-upgrades';
import {
  componentsThatStayOf,
  isUnfinished,
  rollbackableOf,
  rollbackRefusal,
  upgradableVersions,
} from '@/features/templates/upgrade-rules';
import { keptByRollbackOf, upgradeOffer } from '@/features/templates/upgrade-offers';
import { versionsAfter } from '@/lib/version-compare';
import type { Db } from '../db';
import {
  appComponents,
  findTemplate,
  latestOf,
  mostRecentUpgrade,
  versionsOf,
  type InstalledAppRecord,
  type UpgradeRow,
} from './state';
import { isInSync, upgradeDiff } from './upgrades';

export function toInstalledSummary(db: Db, app: InstalledAppRecord): InstalledApplication {
  const t = findTemplate(db, app.templateId);
  const newer = versionsAfter(versionsOf(t), app.version);
  return {
    id: app.id,
    name: app.name,
    template: { id: t.id, name: t.name },
    version: app.version,
    latestVersion: latestOf(t).version,
    updateAvailable: newer.length > 0,
    newerVersionCount: newer.length,
    lastUpgradeStatus: mostRecentUpgrade(db, app.id)?.status ?? null,
    componentCount: Object.keys(app.components).length,
    updatedAt: app.updatedAt,
  };
}

export function toInstalledDetail(db: Db, app: InstalledAppRecord): InstalledApplicationDetail {
  const t = findTemplate(db, app.templateId);
  const inSync = isInSync(t, app);
  const latest = mostRecentUpgrade(db, app.id);
  const unfinished = latest && isUnfinished(latest.status) ? latest : undefined;
  const rollingBack = unfinished?.status === 'rolling-back';
  const operationId = rollingBack ? unfinished.rollback?.operationId : unfinished?.operationId;
  const targets = upgradableVersions(versionsOf(t), app.version, inSync);
  const kept = keptByRollbackOf(latest);
  return {
    ...toInstalledSummary(db, app),
    revision: app.revision,
    inSync,
    components: appComponents(t, app).map((c) => ({
      name: c.name,
      version: app.components[c.name] ?? app.version,
      image: c.image,
      tag: c.tag,
    })),
    upgradableVersions: targets,
    upgradeOffers: targets.map((v) => upgradeOffer(v, upgradeDiff(t, app, v), kept)),
    currentUpgrade:
      unfinished && operationId
        ? {
            upgradeId: unfinished.id,
            operationId,
            kind: rollingBack ? 'rollback' : 'upgrade',
            fromVersion: unfinished.fromVersion,
            toVersion: unfinished.toVersion,
            status: unfinished.status,
          }
        : null,
    latestUpgradeId: latest?.id ?? null,
  };
}

export function toUpgradeRecord(db: Db, row: UpgradeRow): UpgradeRecord {
  const app = db.templateUpgrades.applications.find((a) => a.id === row.applicationId);
  return {
    id: row.id,
    applicationId: row.applicationId,
    applicationName: app?.name ?? row.applicationId,
    fromVersion: row.fromVersion,
    toVersion: row.toVersion,
    status: row.status,
    startedBy: row.startedBy,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    componentCount: row.components.length,
    leftOutCount: row.leftOut.length,
    operationId: row.operationId,
    comment: row.comment,
  };
}

/** The refusal a rollback of this upgrade would get now, if any. */
export function rollbackRefusalOf(db: Db, app: InstalledAppRecord, row: UpgradeRow) {
  const latest = mostRecentUpgrade(db, app.id);
  return rollbackRefusal(row, {
    application: app.name,
    mostRecent: latest?.id === row.id,
    latest: latest ? `the upgrade ${latest.fromVersion} → ${latest.toVersion}` : undefined,
  });
}

export function toUpgradeRecordDetail(
  db: Db,
  app: InstalledAppRecord,
  row: UpgradeRow,
): UpgradeRecordDetail {
  const refusal = rollbackRefusalOf(db, app, row);
  return {
    ...toUpgradeRecord(db, row),
    components: row.components,
    leftOut: row.leftOut,
    failure: row.failure,
    rollback: row.rollback,
    mostRecent: mostRecentUpgrade(db, app.id)?.id === row.id,
    rollbackable: refusal ? [] : rollbackableOf(row),
    componentsThatStay: componentsThatStayOf(row),
    rollbackRefusal: refusal
      ? { code: refusal.code, title: refusal.title, message: refusal.message }
      : undefined,
  };
}
