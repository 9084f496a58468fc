import type { Actor } from '@/contract/common';
import { AGENT_RUNS } from '@/features/servers/runbook';
import { onClockTick, startOperation } from '../core/operations';
import type { OperationRecord } from '../core/state';
import type { Db } from '../db';
import { serverOperationKinds } from './operations';
import { findServer, type ServerRecord, type ServerUpgradeRecord } from './state';

/**
 * Starts what the agent runs next (prepare, export, or the downtime steps), skipping every step
 * already done: a Retry after a failed `up` does not run `down` again.
 */
export function startRun(
  db: Db,
  now: number,
  actor: Actor,
  server: ServerRecord,
  upgrade: ServerUpgradeRecord,
  group: keyof typeof AGENT_RUNS,
): OperationRecord {
  const done = upgrade.steps.filter((s) => s.status === 'done').map((s) => s.id);
  const op = startOperation(db, now, {
    kind: serverOperationKinds[group],
    resource: { type: 'server', id: server.id, name: server.name },
    input: { upgradeId: upgrade.id, project: server.project, from: upgrade.from, to: upgrade.to },
    actor,
    skipSteps: AGENT_RUNS[group].filter((id) => done.includes(id)),
  });
  const first = upgrade.steps.find(
    (s) => AGENT_RUNS[group].includes(s.id) && s.status === 'pending',
  );
  if (first) {
    first.status = 'running';
    first.startedAt = new Date(now).toISOString();
  }
  upgrade.operationId = op.id;
  upgrade.status = group === 'apply' ? 'applying' : 'preparing';
  upgrade.scheduledAt = null;
  return op;
}

/** A scheduled apply starts once the simulated clock reaches its time. */
export function startDueUpgrades(db: Db, now: number) {
  for (const upgrade of db.serverUpgrades) {
    if (upgrade.status !== 'scheduled' || !upgrade.scheduledAt) continue;
    if (Date.parse(upgrade.scheduledAt) > now) continue;
    const server = findServer(db, upgrade.serverId);
    if (server)
      startRun(db, now, upgrade.scheduledBy ?? upgrade.startedBy, server, upgrade, 'apply');
  }
}

onClockTick(startDueUpgrades);
