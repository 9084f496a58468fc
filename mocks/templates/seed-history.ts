import { changesOf } from '@/features/templates/template-diff';
import { rollbackableOf } from '@/features/templates/upgrade-rules';
import type {
  InstalledAppRecord,
  TemplateRecord,
  TemplateUpgradesState,
  TemplateVersionRecord,
  UpgradeRow,
} from './state';
import { applyRollback, applyUpgrade, planUpgrade, upgradeDiff } from './upgrades';
import { seededVersionComponents } from './seed-catalog';
import { seedTime } from '../core/seed-random';

const alex = { id: 'u-admin', name: 'Alex Morgan' };

export function release(version: string, minutesAgo: number, notes: string): TemplateVersionRecord {
  return { version, publishedAt: seedTime(minutesAgo), publisher: alex, notes };
}

export function template(
  id: string,
  name: string,
  description: string,
  versions: TemplateVersionRecord[],
): TemplateRecord {
  const latest = versions.at(-1)?.publishedAt ?? seedTime(0);
  return {
    id,
    name,
    description,
    source: { name, updatedAt: latest },
    versions,
    revision: versions.length,
    updatedAt: latest,
  };
}

export function installed(
  t: TemplateRecord,
  id: string,
  name: string,
  version: string,
  minutesAgo: number,
): InstalledAppRecord {
  const components = seededVersionComponents(t.id, version) ?? [];
  return {
    id,
    name,
    templateId: t.id,
    version,
    components: Object.fromEntries(components.map((c) => [c.name, version])),
    revision: 1,
    updatedAt: seedTime(minutesAgo),
  };
}

/** A finished upgrade as the simulator would have recorded it (every change, unless chosen). */
export function seedUpgrade(
  state: TemplateUpgradesState,
  t: TemplateRecord,
  app: InstalledAppRecord,
  id: string,
  toVersion: string,
  options: { minutesAgo: number; chosen?: string[]; comment?: string; failed?: string },
): UpgradeRow {
  const diff = upgradeDiff(t, app, toVersion);
  const chosen = options.chosen ?? changesOf(diff).map((c) => c.name);
  const plan = planUpgrade(app, diff, toVersion, chosen);
  const finishedAt = seedTime(options.minutesAgo - 4);
  const row: UpgradeRow = {
    id,
    applicationId: app.id,
    fromVersion: app.version,
    toVersion,
    status: options.failed ? 'failed' : plan.outcome,
    startedBy: alex,
    startedAt: seedTime(options.minutesAgo),
    finishedAt,
    ...(options.comment ? { comment: options.comment } : {}),
    components: plan.components,
    leftOut: plan.leftOut,
    before: plan.before,
    rollback: null,
    ...(options.failed
      ? { failure: { at: finishedAt, title: 'The upgrade failed', detail: options.failed } }
      : {}),
  };
  if (!options.failed) {
    applyUpgrade(t, app, row);
    app.revision += 1;
  }
  app.updatedAt = finishedAt;
  state.upgrades.push(row);
  return row;
}

/** A finished rollback of every component the upgrade changed or removed. */
export function seedRollback(
  app: InstalledAppRecord,
  row: UpgradeRow,
  minutesAgo: number,
  comment: string,
) {
  const components = rollbackableOf(row);
  const finishedAt = seedTime(minutesAgo - 3);
  applyRollback(app, row, components);
  row.status = 'rolled-back';
  row.rollback = {
    status: 'rolled-back',
    components,
    startedBy: alex,
    startedAt: seedTime(minutesAgo),
    finishedAt,
    comment,
  };
  app.revision += 1;
  app.updatedAt = finishedAt;
}
