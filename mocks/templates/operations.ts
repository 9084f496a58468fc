import {
  INSTALLED_APPLICATION_RESOURCE,
  TEMPLATE_RESOURCE,
  templateOperationKinds,
} from '@/contract/template-upgrade-records';
import { changesOf, diffTemplate } from '@/features/templates/template-diff';
import { checkPublishVersion } from '@/features/templates/upgrade-rules';
import type { OperationRecord } from '../core/state';
import type { Db } from '../db';
import { registerOperationKind } from '../core/operations';
import {
  findInstalled,
  findTemplate,
  latestOf,
  refusalProblem,
  sourceComponents,
  versionComponents,
  type UpgradeRow,
} from './state';
import { applyRollback, applyUpgrade } from './upgrades';

export interface PublishInput {
  templateId: string;
  version: string;
  notes: string;
  /** The latest version when the publish started. */
  from: string;
}

/** Input of an upgrade, and of a rollback (whose from → to goes back down). */
export interface UpgradeInput {
  applicationId: string;
  upgradeId: string;
  fromVersion: string;
  toVersion: string;
  components: string[];
  comment?: string;
}

/** The simulated time the work reached: operations run on the simulator's clock. */
const atOf = (op: OperationRecord) => new Date(op.lastTickMs).toISOString();
const publishOf = (op: OperationRecord) => op.input as unknown as PublishInput;
const upgradeOf = (op: OperationRecord) => op.input as unknown as UpgradeInput;

export const templateResource = (t: { id: string; name: string }) => ({
  type: TEMPLATE_RESOURCE,
  id: t.id,
  name: t.name,
});

export const installedResource = (app: { id: string; name: string }) => ({
  type: INSTALLED_APPLICATION_RESOURCE,
  id: app.id,
  name: app.name,
});

/** "1.1 (redis, web)": the version and the components, for the audit's from → to. */
export function withComponents(version: string, names: readonly string[]): string {
  const shown = names.slice(0, 8).join(', ');
  const more = names.length > 8 ? ` and ${names.length - 8} more` : '';
  return names.length ? `${version} (${shown}${more})` : version;
}

/** One step per component between the first and last step: live progress component by component. */
export function addComponentSteps(op: OperationRecord, steps: { id: string; title: string }[]) {
  const ms = Math.max(150, Math.min(700, Math.round(8000 / Math.max(1, steps.length))));
  const [first, ...rest] = op.steps;
  const [firstMs = 0, ...restMs] = op.stepMs;
  if (!first) return;
  op.steps = [first, ...steps.map((s) => ({ ...s, status: 'pending' as const })), ...rest];
  op.stepMs = [firstMs, ...steps.map(() => ms), ...restMs];
}

function logStep(op: OperationRecord, stepId: string) {
  if (!stepId.startsWith('component:')) return;
  const step = op.steps.find((s) => s.id === stepId);
  if (step) op.log.push({ at: atOf(op), level: 'info', message: `${step.title}: done` });
}

registerOperationKind(templateOperationKinds.publish, {
  title: (input) => `Publish ${String(input.version)}`,
  steps: [
    { id: 'sync', title: "Synchronise the source application's components", ms: 800 },
    { id: 'package', title: 'Package the components', ms: 1200 },
    { id: 'record', title: 'Write the release record', ms: 400 },
  ],
  onStepDone: (db, op, stepId) => {
    if (stepId !== 'sync') return;
    const t = findTemplate(db, publishOf(op).templateId);
    const changes = changesOf(
      diffTemplate(versionComponents(t, latestOf(t).version), sourceComponents(t)),
    );
    for (const c of changes)
      op.log.push({ at: atOf(op), level: 'info', message: `${c.name}: ${c.change}` });
    if (changes.length === 0) {
      op.log.push({
        at: atOf(op),
        level: 'info',
        message: 'No component changed since the latest version',
      });
    }
  },
  complete: (db, op) => {
    const { templateId, version, notes } = publishOf(op);
    const t = findTemplate(db, templateId);
    // Another publish may have finished since this one started.
    const refusal = checkPublishVersion(latestOf(t).version, version);
    if (refusal) throw refusalProblem(refusal);
    const components = sourceComponents(t);
    const at = atOf(op);
    t.versions.push({ version, publishedAt: at, publisher: op.startedBy, notes, components });
    t.revision += 1;
    t.updatedAt = at;
    return { templateId, version, componentCount: components.length };
  },
  auditDetails: (op) => {
    const { from, version, notes } = publishOf(op);
    return { from, to: version, comment: notes || undefined };
  },
});

function rowOf(db: Db, op: OperationRecord) {
  const { applicationId, upgradeId } = upgradeOf(op);
  const app = findInstalled(db, applicationId);
  const row = db.templateUpgrades.upgrades.find((u) => u.id === upgradeId);
  if (!row) throw new Error(`No upgrade record ${upgradeId}`);
  return { app, row, template: findTemplate(db, app.templateId) };
}

const failureOf = (op: OperationRecord): UpgradeRow['failure'] => ({
  at: atOf(op),
  title: op.error?.title ?? 'The work failed',
  detail: op.error?.detail ?? '',
});

registerOperationKind(templateOperationKinds.upgrade, {
  title: (input) => `Upgrade to ${String(input.toVersion)}`,
  steps: [
    { id: 'prepare', title: 'Pull the images of the chosen components', ms: 800 },
    { id: 'verify', title: "Check the application's health", ms: 800 },
  ],
  onStepDone: (_db, op, stepId) => logStep(op, stepId),
  complete: (db, op) => {
    const { app, row, template } = rowOf(db, op);
    applyUpgrade(template, app, row);
    row.status = row.leftOut.length > 0 ? 'partially-upgraded' : 'upgraded';
    row.finishedAt = atOf(op);
    app.revision += 1;
    app.updatedAt = row.finishedAt;
    return {
      upgradeId: row.id,
      status: row.status,
      fromVersion: row.fromVersion,
      toVersion: row.toVersion,
      components: row.components.map((c) => c.name),
    };
  },
  auditDetails: (op) => {
    const { components, toVersion, fromVersion, comment } = upgradeOf(op);
    return { from: fromVersion, to: withComponents(toVersion, components), comment };
  },
  onFailure: (db, op) => {
    const { row } = rowOf(db, op);
    row.status = 'failed';
    row.failure = failureOf(op);
    row.finishedAt = atOf(op);
  },
});

registerOperationKind(templateOperationKinds.rollback, {
  title: (input) => `Roll back to ${String(input.toVersion)}`,
  steps: [
    { id: 'prepare', title: 'Pull the previous images', ms: 800 },
    { id: 'verify', title: "Check the application's health", ms: 800 },
  ],
  onStepDone: (_db, op, stepId) => logStep(op, stepId),
  complete: (db, op) => {
    const { app, row } = rowOf(db, op);
    const { components } = upgradeOf(op);
    applyRollback(app, row, components);
    const at = atOf(op);
    row.status = 'rolled-back';
    if (row.rollback) Object.assign(row.rollback, { status: 'rolled-back', finishedAt: at });
    app.revision += 1;
    app.updatedAt = at;
    return { upgradeId: row.id, status: row.status, version: app.version, components };
  },
  auditDetails: (op) => {
    const { components, toVersion, fromVersion, comment } = upgradeOf(op);
    return { from: fromVersion, to: withComponents(toVersion, components), comment };
  },
  onFailure: (db, op) => {
    const { row } = rowOf(db, op);
    row.status = 'rollback-failed';
    if (row.rollback) {
      Object.assign(row.rollback, {
        status: 'rollback-failed',
        finishedAt: atOf(op),
        failure: failureOf(op),
      });
    }
  },
});
