import type { Actor } from '@/contract/common';
import type { EntryChange } from '@/contract/template-diff';
import type { UpgradedComponent } from '@/contract/template-upgrade-records';
import type { UpgradeStatus } from '@/contract/template-upgrades';
import type { TemplateComponent } from '@/contract/templates';
import { refusalStatusOf, type Refusal } from '@/features/templates/refusals';
import { sortComponents } from '@/features/templates/template-diff';
import { findVersion } from '@/features/templates/upgrade-rules';
import { latestVersionOf } from '@/lib/version-compare';
import { ProblemError, problems } from '../core/problems';
import { seededSourceComponents, seededVersionComponents } from './seed-catalog';

export interface TemplateVersionRecord {
  version: string;
  publishedAt: string;
  publisher: Actor;
  notes: string;
  /** Kept only for versions published in the simulator; seeded ones are rebuilt from the seed. */
  components?: TemplateComponent[];
}

export interface TemplateRecord {
  id: string;
  name: string;
  description: string;
  /** The source application the template is published from. */
  source: { name: string; updatedAt: string };
  versions: TemplateVersionRecord[];
  revision: number;
  updatedAt: string;
}

export interface InstalledAppRecord {
  id: string;
  name: string;
  templateId: string;
  version: string;
  /** Each component by name → the template version whose definition of it runs. */
  components: Record<string, string>;
  revision: number;
  updatedAt: string;
}

export interface RollbackRow {
  operationId?: string;
  status: 'rolling-back' | 'rolled-back' | 'rollback-failed';
  components: string[];
  startedBy: Actor;
  startedAt: string;
  finishedAt?: string;
  comment?: string;
  failure?: { at: string; title: string; detail: string };
}

export interface UpgradeRow {
  id: string;
  applicationId: string;
  fromVersion: string;
  toVersion: string;
  status: UpgradeStatus;
  startedBy: Actor;
  startedAt: string;
  finishedAt?: string;
  comment?: string;
  operationId?: string;
  components: UpgradedComponent[];
  leftOut: { name: string; change: EntryChange }[];
  /** Every component's version label before the upgrade: what a rollback restores. */
  before: Record<string, string>;
  failure?: { at: string; title: string; detail: string };
  rollback: RollbackRow | null;
}

export interface TemplateUpgradesState {
  templates: TemplateRecord[];
  applications: InstalledAppRecord[];
  /** In the order they started: an application's last one is its most recent. */
  upgrades: UpgradeRow[];
}

/** Templates with their versions, applications installed from them and upgrade records. */
export interface TemplatesState {
  templateUpgrades: TemplateUpgradesState;
}

export function findTemplate(db: TemplatesState, id: string): TemplateRecord {
  const found = db.templateUpgrades.templates.find((t) => t.id === id);
  if (!found) throw problems.notFound('Template', id);
  return found;
}

export function findInstalled(db: TemplatesState, id: string): InstalledAppRecord {
  const found = db.templateUpgrades.applications.find((a) => a.id === id);
  if (!found) throw problems.notFound('Installed application', id);
  return found;
}

export function findUpgrade(db: TemplatesState, app: InstalledAppRecord, id: string): UpgradeRow {
  const found = db.templateUpgrades.upgrades.find((u) => u.id === id && u.applicationId === app.id);
  if (!found) throw problems.notFound('Upgrade record', id);
  return found;
}

export const versionsOf = (t: TemplateRecord) => t.versions.map((v) => v.version);

export function latestOf(t: TemplateRecord): TemplateVersionRecord {
  const latest = latestVersionOf(versionsOf(t));
  const record = t.versions.find((v) => v.version === latest);
  if (!record) throw new Error(`${t.id} has no versions`);
  return record;
}

/** A published version by any spelling (1.1.0 finds 1.1), or the refusal to answer. */
export function versionRecord(t: TemplateRecord, version: string, field?: string) {
  const spelled = findVersion(versionsOf(t), version);
  const record = t.versions.find((v) => v.version === spelled);
  if (!record) {
    throw refusalProblem({
      code: 'unknown-version',
      title: 'Version not found',
      message: `${t.name} has no version ${version}.`,
      field,
    });
  }
  return record;
}

export function versionComponents(t: TemplateRecord, version: string): TemplateComponent[] {
  const record = t.versions.find((v) => v.version === version);
  const components = record?.components ?? seededVersionComponents(t.id, version);
  if (!components) throw new Error(`${t.id} has no components for ${version}`);
  return components;
}

export function sourceComponents(t: TemplateRecord): TemplateComponent[] {
  return seededSourceComponents(t.id) ?? versionComponents(t, latestOf(t).version);
}

/** The components an installed application runs now, sorted by name. */
export function appComponents(t: TemplateRecord, app: InstalledAppRecord): TemplateComponent[] {
  const byVersion = new Map<string, Map<string, TemplateComponent>>();
  const list = Object.entries(app.components).map(([name, version]) => {
    let index = byVersion.get(version);
    if (!index) {
      index = new Map(versionComponents(t, version).map((c) => [c.name, c]));
      byVersion.set(version, index);
    }
    const found = index.get(name);
    if (!found) throw new Error(`${t.id} ${version} has no component ${name}`);
    return found;
  });
  return sortComponents(list);
}

export function upgradesOf(db: TemplatesState, appId: string): UpgradeRow[] {
  return db.templateUpgrades.upgrades.filter((u) => u.applicationId === appId);
}

export function mostRecentUpgrade(db: TemplatesState, appId: string): UpgradeRow | undefined {
  return upgradesOf(db, appId).at(-1);
}

export function refusalProblem(refusal: Refusal, currentRevision?: number): ProblemError {
  return new ProblemError({
    type: `https://upshift.example/problems/${refusal.code}`,
    title: refusal.title,
    status: refusalStatusOf(refusal),
    detail: refusal.message,
    errors: refusal.field ? [{ field: refusal.field, message: refusal.message }] : undefined,
    currentRevision,
  });
}
