import type { DiffResult } from '@/contract/template-diff';
import type { TemplateComponent } from '@/contract/templates';
import { applyDiff } from '@/features/templates/template-diff-apply';
import { changesOf, diffTemplate } from '@/features/templates/template-diff';
import { rollbackRestores } from '@/features/templates/rollback-restores';
import { rollbackableOf, upgradeOutcome } from '@/features/templates/upgrade-rules';
import {
  appComponents,
  versionComponents,
  type InstalledAppRecord,
  type TemplateRecord,
  type UpgradeRow,
} from './state';

/**
 * How upgrades and rollbacks change an installed application. An application records, for each
 * component, the template version whose definition it runs; the diffs come from diffTemplate,
 * the very function the console and a real backend use.
 */

/** Every component runs the definition of the application's version. */
export function isInSync(t: TemplateRecord, app: InstalledAppRecord): boolean {
  const target = versionComponents(t, app.version);
  const labels = Object.values(app.components);
  if (labels.length === target.length && labels.every((v) => v === app.version)) return true;
  return diffTemplate(appComponents(t, app), target).components.every(
    (c) => c.change === 'unchanged',
  );
}

/** Upgrade details: the application as it runs → a version. */
export function upgradeDiff(
  t: TemplateRecord,
  app: InstalledAppRecord,
  toVersion: string,
  ignoreWhitespace = false,
): DiffResult {
  return diffTemplate(appComponents(t, app), versionComponents(t, toVersion), {
    ignoreWhitespace,
  });
}

/** What the application would run after the chosen components of the diff were applied. */
export function afterUpgrade(
  t: TemplateRecord,
  app: InstalledAppRecord,
  diff: DiffResult,
  chosen: readonly string[],
): TemplateComponent[] {
  return applyDiff(appComponents(t, app), diff, { only: chosen });
}

export type UpgradePlan = Pick<UpgradeRow, 'components' | 'leftOut' | 'before'> & {
  outcome: ReturnType<typeof upgradeOutcome>;
};

export function planUpgrade(
  app: InstalledAppRecord,
  diff: DiffResult,
  toVersion: string,
  chosen: readonly string[],
): UpgradePlan {
  const picked = new Set(chosen);
  const changes = changesOf(diff);
  return {
    components: changes
      .filter((c) => picked.has(c.name))
      .map((c) => ({
        name: c.name,
        change: c.change,
        fromVersion: app.components[c.name] ?? null,
        toVersion: c.change === 'removed' ? null : toVersion,
        rolledBack: false,
      })),
    leftOut: changes.filter((c) => !picked.has(c.name)),
    before: { ...app.components },
    outcome: upgradeOutcome(diff, chosen),
  };
}

/** Applies a finished upgrade: chosen components move, unchanged ones now count as the target. */
export function applyUpgrade(t: TemplateRecord, app: InstalledAppRecord, row: UpgradeRow) {
  const diff = upgradeDiff(t, app, row.toVersion);
  const next = new Map(Object.entries(app.components));
  for (const c of diff.components) {
    if (c.change === 'unchanged') next.set(c.name, row.toVersion);
  }
  for (const c of row.components) {
    if (c.change === 'removed') next.delete(c.name);
    else next.set(c.name, row.toVersion);
  }
  app.components = Object.fromEntries(next);
  app.version = row.toVersion;
}

/** The component labels after restoring the chosen components of an upgrade. */
export function labelsAfterRollback(
  app: InstalledAppRecord,
  row: UpgradeRow,
  chosen: readonly string[],
): { components: Record<string, string>; version: string } {
  const next = { ...app.components };
  for (const { name, version } of rollbackRestores(row, chosen)) next[name] = version;
  const left = rollbackableOf(row).filter((n) => !chosen.includes(n));
  if (left.length > 0) return { components: next, version: app.version };
  // Everything restored: the application is back at the version it came from.
  const upgraded = new Set(row.components.map((c) => c.name));
  for (const [name, label] of Object.entries(row.before)) {
    if (!upgraded.has(name) && next[name] === row.toVersion) next[name] = label;
  }
  return { components: next, version: row.fromVersion };
}

export function applyRollback(app: InstalledAppRecord, row: UpgradeRow, chosen: readonly string[]) {
  const { components, version } = labelsAfterRollback(app, row, chosen);
  app.components = components;
  app.version = version;
  for (const c of row.components) if (chosen.includes(c.name)) c.rolledBack = true;
}

/** The application now → after the rollback of the chosen components. */
export function rollbackDiff(
  t: TemplateRecord,
  app: InstalledAppRecord,
  row: UpgradeRow,
  chosen: readonly string[],
  ignoreWhitespace = false,
): { now: TemplateComponent[]; after: TemplateComponent[]; diff: DiffResult } {
  const now = appComponents(t, app);
  const after = appComponents(t, { ...app, ...labelsAfterRollback(app, row, chosen) });
  return { now, after, diff: diffTemplate(now, after, { ignoreWhitespace }) };
}
