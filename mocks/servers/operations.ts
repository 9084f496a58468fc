import type { RunbookStepId } from '@/contract/server-upgrades';
import { findRelease } from '@/features/servers/plan';
import { writeCheckOutput, writeVersionOutput } from '@/features/servers/script-output';
import { DOWNTIME_STEPS, packageZip, SCRIPT } from '@/features/servers/runbook';
import type { OperationRecord } from '../core/state';
import { registerOperationKind } from '../core/operations';
import { ProblemError } from '../core/problems';
import type { Db } from '../db';
import { findServer, type ServerRecord, type ServerUpgradeRecord } from './state';

const SECOND = 1000;

/** Simulated durations of what the agent runs, in milliseconds. */
const stepMs: Record<RunbookStepId, number> = {
  download: 40 * SECOND,
  packages: 20 * SECOND,
  configuration: 0,
  export: 15 * SECOND,
  dns: 0,
  down: 20 * SECOND,
  upgrade: 90 * SECOND,
  up: 45 * SECOND,
  check: 10 * SECOND,
  version: 2 * SECOND,
};

export const serverOperationKinds = {
  prepare: 'server.upgrade.prepare',
  export: 'server.upgrade.export',
  apply: 'server.upgrade.apply',
  runbook: 'server.upgrade.runbook',
  check: 'server.check',
} as const;

const failed = (title: string, detail: string) =>
  new ProblemError({
    type: 'https://upshift.example/problems/server-step-failed',
    title,
    status: 500,
    detail,
  });

function upgradeOf(db: Db, op: OperationRecord): ServerUpgradeRecord | undefined {
  return db.serverUpgrades.find((u) => u.id === op.input.upgradeId);
}

function serverOf(db: Db, op: OperationRecord): ServerRecord {
  const server = findServer(db, op.resource.id);
  if (!server) throw failed('The server is gone', `No server ${op.resource.id}.`);
  return server;
}

/** What each step does to the server, and the lines it prints. Throws to fail the step. */
export function runStep(
  db: Db,
  server: ServerRecord,
  upgrade: ServerUpgradeRecord,
  id: RunbookStepId,
  at: string,
): string[] {
  const fault = server.faults;
  if (fault.failStep === id) {
    delete fault.failStep;
    throw failed(`${id} failed`, `${SCRIPT} -n "${server.project}" ${id} exited with status 1.`);
  }
  const release = findRelease(db.serverReleases, upgrade.to);
  switch (id) {
    case 'download':
      return [`Saved ${packageZip(upgrade.to)}`, `Extracted into appcircle-server/`];
    case 'packages':
      if (fault.noSudo)
        throw failed(
          'Packages need root',
          `${server.project}'s agent user may not run sudo: "user is not in the sudoers file". Give it sudo, then Retry.`,
        );
      return ['Packages are up to date.'];
    case 'export':
      return [`Exported projects/${server.project}/export from global.yaml.`];
    case 'down':
      server.state = 'down';
      server.services = server.services.map((s) => ({ ...s, status: 'stopped' }));
      upgrade.downAt = at;
      return ['Stopped every container. The server is unreachable until `up` ends.'];
    case 'upgrade':
      server.services = (release?.images ?? []).map((i) => ({ ...i, status: 'stopped' }));
      server.packageVersion = upgrade.to;
      server.scriptVersion = upgrade.to;
      return server.services.map((s) => `Pulled ${s.image}:${s.tag}`);
    case 'up':
      server.state = 'running';
      server.services = server.services.map((s) => ({ ...s, status: 'unknown' }));
      upgrade.upAt = at;
      return ['Started every container.'];
    case 'check': {
      server.services = server.services.map((s) => ({
        ...s,
        status: s.service === fault.unhealthyService ? 'unhealthy' : 'healthy',
      }));
      server.lastCheckAt = at;
      const lines = writeCheckOutput(server.project, server.services).split('\n');
      const sick = server.services.filter((s) => s.status !== 'healthy');
      if (sick.length > 0)
        throw failed(
          'A service is not healthy',
          `${sick.map((s) => s.service).join(', ')} is unhealthy.`,
        );
      return lines;
    }
    case 'version':
      upgrade.hashesAfter = server.services.map(({ service, tag, hash }) => ({
        service,
        tag,
        hash,
      }));
      return writeVersionOutput(server.scriptVersion, server.services).split('\n');
    case 'configuration':
    case 'dns':
      return [];
  }
}

/**
 * When the step ended on the simulator's clock: the clock moves in jumps (each request), so the
 * step's own end is worked back from the last tick, and a measured downtime is the same however
 * often the page asked.
 */
function stepEnd(db: Db, op: OperationRecord, id: string): string {
  const index = op.steps.findIndex((s) => s.id === id);
  const boundary = op.stepMs.slice(0, index + 1).reduce((a, b) => a + b, 0);
  const speed = db.scenario.operationSpeed || 1;
  return new Date(op.lastTickMs - (op.elapsedMs - boundary) / speed).toISOString();
}

function onStepDone(db: Db, op: OperationRecord, id: string) {
  const upgrade = upgradeOf(db, op);
  const server = serverOf(db, op);
  const at = stepEnd(db, op, id);
  if (!upgrade) {
    if (id === 'check') server.lastCheckAt = at;
    return;
  }
  const step = upgrade.steps.find((s) => s.id === id);
  if (!step) return;
  step.startedAt ??= at;
  try {
    step.log.push(...runStep(db, server, upgrade, step.id, at));
  } catch (error) {
    if (error instanceof ProblemError) step.log.push(error.problem.detail ?? error.problem.title);
    step.status = 'failed';
    step.finishedAt = at;
    throw error;
  }
  step.status = 'done';
  step.finishedAt = at;
  server.updatedAt = at;
  const next = upgrade.steps.find((s) => s.status === 'pending');
  if (next && op.steps.some((s) => s.id === next.id)) {
    next.status = 'running';
    next.startedAt = at;
  }
}

function define(
  kind: string,
  title: string,
  steps: readonly RunbookStepId[],
  last?: (upgrade: ServerUpgradeRecord) => void,
) {
  registerOperationKind(kind, {
    title: (input) => `${title} (${String(input.project)} → ${String(input.to)})`,
    steps: steps.map((id) => ({ id, title: id, ms: stepMs[id] })),
    onStepDone,
    complete: (db, op) => {
      const upgrade = upgradeOf(db, op);
      if (upgrade) {
        upgrade.operationId = null;
        last?.(upgrade);
      }
      return { upgradeId: String(op.input.upgradeId) };
    },
    onFailure: (db, op) => {
      const upgrade = upgradeOf(db, op);
      if (!upgrade) return;
      const step = op.steps.find((s) => s.status === 'failed');
      upgrade.status = 'failed';
      upgrade.operationId = null;
      upgrade.failure = {
        step: (step?.id ?? steps[0]) as RunbookStepId,
        title: op.error?.title ?? 'The step failed',
        detail: op.error?.detail ?? '',
      };
    },
    auditDetails: (op) => ({
      from: typeof op.input.from === 'string' ? op.input.from : 'never pulled',
      to: String(op.input.to),
    }),
  });
}

define(serverOperationKinds.prepare, 'Download and update packages', ['download', 'packages']);
define(serverOperationKinds.export, 'Export the configuration', ['export']);
define(serverOperationKinds.apply, 'Upgrade the server', DOWNTIME_STEPS, (upgrade) => {
  upgrade.status = 'completed';
  upgrade.finishedAt = upgrade.steps.at(-1)?.finishedAt ?? null;
});
registerOperationKind(serverOperationKinds.runbook, {
  title: (input) => `Runbook for ${String(input.project)} → ${String(input.to)}`,
  steps: [{ id: 'ready', title: 'Runbook ready: run each command on the server', ms: 1 }],
  complete: (_db, op) => ({ upgradeId: String(op.input.upgradeId) }),
});
registerOperationKind(serverOperationKinds.check, {
  title: (input) => `Check ${String(input.project)}`,
  steps: [{ id: 'check', title: 'check', ms: stepMs.check }],
  complete: (db, op) => {
    const server = serverOf(db, op);
    server.services = server.services.map((s) => ({
      ...s,
      status:
        server.state !== 'running'
          ? 'stopped'
          : s.service === server.faults.unhealthyService
            ? 'unhealthy'
            : 'healthy',
    }));
    server.lastCheckAt = op.log.at(-1)?.at ?? server.lastCheckAt;
    return { statuses: writeCheckOutput(server.project, server.services) };
  },
});

export const durationOf = (id: RunbookStepId) => stepMs[id];
