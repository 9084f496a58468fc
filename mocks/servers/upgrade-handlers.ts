import { endpoints } from '@/contract/endpoints';
import type { RunbookStep } from '@/contract/server-upgrades';
import { directionOf, planServerUpgrade } from '@/features/servers/plan';
import { DOWNTIME_STEPS, initialSteps, isReady } from '@/features/servers/runbook';
import { route, type RouteContext } from '../core/http';
import { publicOperation, startOperation } from '../core/operations';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import type { Db } from '../db';
import { requireRelease, requireServer } from './handlers';
import { markStep } from './manual-steps';
import { serverOperationKinds } from './operations';
import { startRun } from './runs';
import type { ServerRecord, ServerUpgradeRecord } from './state';
import { activeUpgradeOf, toServerUpgrade } from './view';

type Ctx = Pick<RouteContext<typeof endpoints.getServer>, 'db' | 'now' | 'user'>;

export function requireUpgrade(db: Db, server: ServerRecord, id: string): ServerUpgradeRecord {
  const upgrade = db.serverUpgrades.find((u) => u.id === id && u.serverId === server.id);
  if (!upgrade) throw problems.notFound('Upgrade', id);
  return upgrade;
}

const outOfOrder = (what: string, first: RunbookStep | undefined) =>
  problems.conflict(
    'That step is not next',
    `${what} comes later in the runbook: finish "${first?.id ?? 'the earlier steps'}" first.`,
  );

function firstOpen(upgrade: ServerUpgradeRecord) {
  return upgrade.steps.find((s) => s.status !== 'done' && s.status !== 'skipped');
}

function startUpgrade(
  { db, now, user }: Ctx,
  server: ServerRecord,
  body: { to: string; mode: 'run-here' | 'manual'; acknowledgeDowngrade: boolean },
) {
  const running = activeUpgradeOf(db, server.id);
  if (running) {
    throw problems.conflict(
      'An upgrade of this server is not finished',
      `${running.startedBy.name}'s upgrade to ${running.to} (${running.id}) is ${running.status}. Finish or retry it first.`,
    );
  }
  const release = requireRelease(db, body.to);
  const direction = directionOf(server.packageVersion, release.version);
  if (direction === 'same') {
    throw problems.unprocessable(
      'Nothing to upgrade',
      `${server.name} already runs ${release.version}.`,
      [{ field: 'to', message: `${server.name} already runs ${release.version}.` }],
    );
  }
  if (direction === 'downgrade' && !body.acknowledgeDowngrade) {
    const message = `${release.version} is older than ${server.packageVersion ?? ''}: its images are older too, so this is a downgrade. Acknowledge it to go on.`;
    throw problems.unprocessable('This is a downgrade', message, [
      { field: 'acknowledgeDowngrade', message },
    ]);
  }
  const plan = planServerUpgrade(
    server.packageVersion,
    release.version,
    db.serverReleases,
    server.runners,
  );
  const at = new Date(now).toISOString();
  const actor = { id: user.id, name: user.name };
  const upgrade: ServerUpgradeRecord = {
    id: `${server.id}-up-${String(db.serverUpgrades.length + 1)}`,
    serverId: server.id,
    project: server.project,
    from: server.packageVersion,
    to: release.version,
    downgrade: direction === 'downgrade',
    mode: body.mode,
    status: 'preparing',
    steps: initialSteps(server.project, release.version),
    operationId: null,
    failure: null,
    configuration: 'pending',
    dnsConfirmed: [],
    scheduledAt: null,
    downAt: null,
    upAt: null,
    hashesBefore: server.services.map(({ service, tag, hash }) => ({ service, tag, hash })),
    hashesAfter: [],
    runnersBelowMinimum: plan.runnersBelow,
    minRunnerVersion: plan.minRunnerVersion,
    newSubdomains: plan.newSubdomains.map(({ service, host }) => ({ service, host })),
    startedBy: actor,
    startedAt: at,
    finishedAt: null,
    configurationRevisionAtStart: server.configuration.revision,
  };
  if (plan.newSubdomains.length === 0) {
    const dns = upgrade.steps.find((s) => s.id === 'dns');
    if (dns) dns.status = 'skipped';
  }
  db.serverUpgrades.push(upgrade);
  recordAudit(db, now, {
    actor,
    action: 'server.upgrade',
    resource: { type: 'server', id: server.id, name: server.name },
    from: server.packageVersion ?? 'never pulled',
    to: release.version,
    outcome: 'started',
  });
  if (body.mode === 'manual') {
    const op = startOperation(db, now, {
      kind: serverOperationKinds.runbook,
      resource: { type: 'server', id: server.id, name: server.name },
      input: { upgradeId: upgrade.id, project: server.project, to: upgrade.to },
      actor,
    });
    op.result = { upgradeId: upgrade.id };
    return publicOperation(op);
  }
  const op = startRun(db, now, actor, server, upgrade, 'prepare');
  // The runbook's address is known at once, before the first step ends.
  op.result = { upgradeId: upgrade.id };
  return publicOperation(op);
}

/** Starting, preparing, applying and retrying a server upgrade. Refusals: the runbook's order. */
export const serverUpgradeHandlers = [
  route(endpoints.startServerUpgrade, (ctx) =>
    startUpgrade(ctx, requireServer(ctx.db, ctx.params.serverId), ctx.body),
  ),

  route(endpoints.completeServerUpgradeStep, ({ db, now, user, params, body }) => {
    const server = requireServer(db, params.serverId);
    const upgrade = requireUpgrade(db, server, params.upgradeId);
    markStep({ db, now, user }, server, upgrade, params.step, body);
    return toServerUpgrade(upgrade);
  }),

  route(endpoints.exportServerUpgrade, ({ db, now, user, params }) => {
    const server = requireServer(db, params.serverId);
    const upgrade = requireUpgrade(db, server, params.upgradeId);
    if (upgrade.mode === 'manual') {
      throw problems.conflict(
        'You run this step',
        'In this upgrade the operator runs export and marks it done.',
      );
    }
    if (upgrade.status !== 'preparing' || upgrade.operationId) {
      throw problems.conflict('Export cannot start now', `The upgrade is ${upgrade.status}.`);
    }
    if (!isReady(upgrade.steps, 'export')) throw outOfOrder('Export', firstOpen(upgrade));
    return publicOperation(
      startRun(db, now, { id: user.id, name: user.name }, server, upgrade, 'export'),
    );
  }),

  route(endpoints.applyServerUpgrade, ({ db, now, user, params, body }) => {
    const server = requireServer(db, params.serverId);
    const upgrade = requireUpgrade(db, server, params.upgradeId);
    if (upgrade.status !== 'preparing' || upgrade.operationId) {
      throw problems.conflict('The upgrade cannot be applied now', `It is ${upgrade.status}.`);
    }
    if (!isReady(upgrade.steps, 'down')) throw outOfOrder('Applying', firstOpen(upgrade));
    const errors = [];
    if (!body.confirmDowntime) {
      errors.push({
        field: 'confirmDowntime',
        message: `Confirm that ${server.project} is unreachable from down until up.`,
      });
    }
    const missing = upgrade.newSubdomains.filter((d) => !body.dnsConfirmed.includes(d.host));
    for (const d of missing) {
      errors.push({ field: 'dnsConfirmed', message: `Add ${d.host} to DNS and tick it first.` });
    }
    if (errors.length > 0) {
      throw problems.unprocessable(
        'The downtime is not confirmed',
        errors.map((e) => e.message).join(' '),
        errors,
      );
    }
    const actor = { id: user.id, name: user.name };
    const at = body.at ? Date.parse(body.at) : now;
    if (at > now) {
      if (upgrade.mode === 'manual') {
        throw problems.unprocessable(
          'Only the agent keeps a schedule',
          'You run the commands yourself: apply when you start them.',
          [{ field: 'at', message: 'Pick "Apply now" when you run the commands yourself.' }],
        );
      }
      upgrade.status = 'scheduled';
      upgrade.scheduledAt = new Date(at).toISOString();
      upgrade.scheduledBy = actor;
    } else if (upgrade.mode === 'manual') {
      upgrade.status = 'applying';
    } else {
      startRun(db, now, actor, server, upgrade, 'apply');
    }
    recordAudit(db, now, {
      actor,
      action:
        upgrade.status === 'scheduled' ? 'server.upgrade.scheduled' : 'server.upgrade.downtime',
      resource: { type: 'server', id: server.id, name: server.name },
      from: upgrade.from ?? 'never pulled',
      to: upgrade.to,
      outcome: 'succeeded',
      ...(upgrade.scheduledAt ? { comment: `Applies at ${upgrade.scheduledAt}` } : {}),
    });
    return toServerUpgrade(upgrade);
  }),

  route(endpoints.cancelServerUpgradeSchedule, ({ db, now, user, params }) => {
    const server = requireServer(db, params.serverId);
    const upgrade = requireUpgrade(db, server, params.upgradeId);
    if (upgrade.status !== 'scheduled') {
      throw problems.conflict(
        'Nothing is scheduled',
        upgrade.status === 'applying'
          ? 'It has started: the server is being upgraded.'
          : `The upgrade is ${upgrade.status}.`,
      );
    }
    upgrade.status = 'preparing';
    upgrade.scheduledAt = null;
    recordAudit(db, now, {
      actor: { id: user.id, name: user.name },
      action: 'server.upgrade.unscheduled',
      resource: { type: 'server', id: server.id, name: server.name },
      to: upgrade.to,
      outcome: 'succeeded',
    });
    return toServerUpgrade(upgrade);
  }),

  route(endpoints.retryServerUpgrade, ({ db, now, user, params }) => {
    const server = requireServer(db, params.serverId);
    const upgrade = requireUpgrade(db, server, params.upgradeId);
    const failedStep = upgrade.failure?.step;
    if (upgrade.status !== 'failed' || !failedStep) {
      throw problems.conflict('Nothing to retry', `The upgrade is ${upgrade.status}.`);
    }
    const step = upgrade.steps.find((s) => s.id === failedStep);
    if (step) step.status = 'pending';
    upgrade.failure = null;
    const actor = { id: user.id, name: user.name };
    const group = DOWNTIME_STEPS.includes(failedStep)
      ? 'apply'
      : failedStep === 'export'
        ? 'export'
        : 'prepare';
    return publicOperation(startRun(db, now, actor, server, upgrade, group));
  }),

  route(endpoints.startServerCheck, ({ db, now, user, params }) => {
    const server = requireServer(db, params.serverId);
    if (server.state === 'never-pulled') {
      throw problems.unprocessable('Nothing to check', `${server.name} has no images yet.`);
    }
    const op = startOperation(db, now, {
      kind: serverOperationKinds.check,
      resource: { type: 'server', id: server.id, name: server.name },
      input: { project: server.project },
      actor: { id: user.id, name: user.name },
    });
    return publicOperation(op);
  }),
];
