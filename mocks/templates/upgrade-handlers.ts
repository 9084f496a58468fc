import type { Actor } from '@/contract/common';
import { endpoints } from '@/contract/endpoints';
import { templateOperationKinds } from '@/contract/template-upgrade-records';
import { refusalOf } from '@/features/templates/refusals';
import { rollbackRestores } from '@/features/templates/rollback-restores';
import {
  checkComponentChoice,
  checkDependencies,
  checkRollbackChoice,
  checkUpgradeTarget,
  componentsThatStayOf,
  isUnfinished,
  rollbackableOf,
  rollbackNotice,
} from '@/features/templates/upgrade-rules';
import { nextId } from '../core/state';
import type { Db } from '../db';
import { route } from '../core/http';
import { publicOperation, startOperation } from '../core/operations';
import { recordAudit } from '../core/records';
import {
  appComponents,
  findInstalled,
  findTemplate,
  findUpgrade,
  mostRecentUpgrade,
  refusalProblem,
  versionRecord,
  versionsOf,
  type InstalledAppRecord,
  type UpgradeRow,
} from './state';
import {
  afterUpgrade,
  isInSync,
  labelsAfterRollback,
  planUpgrade,
  rollbackDiff,
  upgradeDiff,
} from './upgrades';
import { maskDiff } from '../core/secret-masking';
import { rollbackRefusalOf } from './installed-view';
import { addComponentSteps, installedResource, withComponents } from './operations';

/** 409 while the application's most recent upgrade, or its rollback, is unfinished. */
function refuseWhileUnfinished(db: Db, app: InstalledAppRecord) {
  const latest = mostRecentUpgrade(db, app.id);
  if (!latest || !isUnfinished(latest.status)) return;
  const kind = latest.status === 'rolling-back' ? 'rollback' : 'upgrade';
  const facts = { application: app.name, kind, from: latest.fromVersion, to: latest.toVersion };
  throw refusalProblem(refusalOf('upgrade-unfinished', facts));
}

function refuseStale(app: InstalledAppRecord, revision: number) {
  if (revision === app.revision) return;
  const facts = { what: 'application', sent: String(revision), current: String(app.revision) };
  throw refusalProblem(refusalOf('stale-revision', facts), app.revision);
}

/** Everything a rollback of `upgradeId` checks, and what it would do. */
function planRollback(
  db: Db,
  params: { applicationId: string; upgradeId: string },
  chosen: readonly string[] | undefined,
  ignoreWhitespace = false,
) {
  const app = findInstalled(db, params.applicationId);
  const t = findTemplate(db, app.templateId);
  const row = findUpgrade(db, app, params.upgradeId);
  refuseWhileUnfinished(db, app);
  const refusal = rollbackRefusalOf(db, app, row);
  if (refusal) throw refusalProblem(refusal);
  const components = chosen ? [...new Set(chosen)] : rollbackableOf(row);
  const choice = checkRollbackChoice(row, components);
  if (choice) throw refusalProblem(choice);
  const { now, after, diff } = rollbackDiff(t, app, row, components, ignoreWhitespace);
  const dependencies = checkDependencies(now, after);
  if (dependencies) throw refusalProblem(dependencies);
  const stay = componentsThatStayOf(row);
  return { app, row, components, stay, diff, notice: rollbackNotice(stay) };
}

const actorOf = (user: Actor): Actor => ({ id: user.id, name: user.name });

/** Start an upgrade, preview and start the rollback of the most recent one. */
export const templateUpgradeHandlers = [
  route(endpoints.startTemplateUpgrade, ({ db, params, body, user, now }) => {
    const app = findInstalled(db, params.applicationId);
    const t = findTemplate(db, app.templateId);
    refuseWhileUnfinished(db, app);
    refuseStale(app, body.revision);
    const target = checkUpgradeTarget({
      template: t.name,
      versions: versionsOf(t),
      current: app.version,
      inSync: isInSync(t, app),
      target: body.toVersion,
    });
    if (target) throw refusalProblem(target);
    const toVersion = versionRecord(t, body.toVersion, 'toVersion').version;
    const diff = upgradeDiff(t, app, toVersion);
    const chosen = [...new Set(body.components)];
    const choice = checkComponentChoice(diff, chosen, toVersion);
    if (choice) throw refusalProblem(choice);
    const dependencies = checkDependencies(
      appComponents(t, app),
      afterUpgrade(t, app, diff, chosen),
    );
    if (dependencies) throw refusalProblem(dependencies);

    const plan = planUpgrade(app, diff, toVersion, chosen);
    const actor = actorOf(user);
    const resource = installedResource(app);
    const kind = templateOperationKinds.upgrade;
    const names = plan.components.map((c) => c.name);
    const upgradeId = nextId(db, 'upg');
    const op = startOperation(db, now, {
      kind,
      resource,
      actor,
      input: {
        applicationId: app.id,
        upgradeId,
        fromVersion: app.version,
        toVersion,
        components: names,
        comment: body.comment,
      },
    });
    addComponentSteps(
      op,
      plan.components.map((c) => ({
        id: `component:${c.name}`,
        title:
          c.change === 'added'
            ? `Add ${c.name}`
            : c.change === 'removed'
              ? `Remove ${c.name}`
              : `Upgrade ${c.name} to ${toVersion}`,
      })),
    );
    const row: UpgradeRow = {
      id: upgradeId,
      applicationId: app.id,
      fromVersion: app.version,
      toVersion,
      status: 'upgrading',
      startedBy: actor,
      startedAt: op.createdAt,
      ...(body.comment ? { comment: body.comment } : {}),
      operationId: op.id,
      components: plan.components,
      leftOut: plan.leftOut,
      before: plan.before,
      rollback: null,
    };
    db.templateUpgrades.upgrades.push(row);
    recordAudit(db, now, {
      actor,
      action: kind,
      resource,
      from: app.version,
      to: withComponents(toVersion, names),
      comment: body.comment,
      outcome: 'started',
    });
    return publicOperation(op);
  }),

  route(endpoints.getTemplateRollbackPreview, ({ db, params, query }) => {
    const ignoreWhitespace = query.ignoreWhitespace ?? false;
    const plan = planRollback(db, params, query.components, ignoreWhitespace);
    const restored = labelsAfterRollback(plan.app, plan.row, plan.components).components;
    return {
      upgradeId: plan.row.id,
      applicationId: plan.app.id,
      components: plan.components,
      rollbackable: rollbackableOf(plan.row),
      componentsThatStay: plan.stay,
      notice: plan.notice,
      diff: maskDiff(plan.diff, (name) => ({
        before: plan.app.components[name] ?? null,
        after: restored[name] ?? null,
      })),
    };
  }),

  route(endpoints.startTemplateRollback, ({ db, params, body, user, now }) => {
    const plan = planRollback(db, params, body.components);
    const { app, row, components } = plan;
    refuseStale(app, body.revision);
    const actor = actorOf(user);
    const resource = installedResource(app);
    const kind = templateOperationKinds.rollback;
    const op = startOperation(db, now, {
      kind,
      resource,
      actor,
      input: {
        applicationId: app.id,
        upgradeId: row.id,
        fromVersion: row.toVersion,
        toVersion: row.fromVersion,
        components,
        comment: body.comment,
      },
    });
    addComponentSteps(
      op,
      rollbackRestores(row, components).map(({ name, version }) => ({
        id: `component:${name}`,
        title: `Restore ${name} to ${version}`,
      })),
    );
    op.log.push({ at: op.createdAt, level: 'info', message: plan.notice });
    row.status = 'rolling-back';
    row.rollback = {
      operationId: op.id,
      status: 'rolling-back',
      components,
      startedBy: actor,
      startedAt: op.createdAt,
      ...(body.comment ? { comment: body.comment } : {}),
    };
    recordAudit(db, now, {
      actor,
      action: kind,
      resource,
      from: row.toVersion,
      to: withComponents(row.fromVersion, components),
      comment: body.comment,
      outcome: 'started',
    });
    return publicOperation(op);
  }),
];
