import type { RunbookStepId } from '@/contract/server-upgrades';
import { findRelease } from '@/features/servers/plan';
import { isReady, operatorMarks } from '@/features/servers/runbook';
import { imageProblems, readScriptOutput, statusProblems } from '@/features/servers/script-output';
import type { User } from '@/contract/identity';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import type { Db } from '../db';
import { runStep } from './operations';
import type { ServerRecord, ServerUpgradeRecord } from './state';

interface Ctx {
  db: Db;
  now: number;
  user: User;
}

const refuse = (title: string, message: string, field = 'output') =>
  problems.unprocessable(title, message, [{ field, message }]);

/**
 * A step the operator marks done: configuration and DNS always; in manual mode every command,
 * with what `check` and `version` printed read back and checked against the target release.
 */
export function markStep(
  { db, now, user }: Ctx,
  server: ServerRecord,
  upgrade: ServerUpgradeRecord,
  id: RunbookStepId,
  body: { output?: string; hosts?: string[] },
) {
  const step = upgrade.steps.find((s) => s.id === id);
  if (!step) throw problems.notFound('Step', id);
  if (step.status === 'done' || step.status === 'skipped') return;
  if (!operatorMarks(upgrade.mode, id)) {
    throw problems.conflict(
      'The agent runs this step',
      `${id} runs on ${server.project} when you start it.`,
    );
  }
  if (upgrade.status === 'completed' || upgrade.status === 'failed' || upgrade.operationId) {
    throw problems.conflict(
      'The runbook is busy',
      `The upgrade is ${upgrade.status}; wait for the running step.`,
    );
  }
  if (!isReady(upgrade.steps, id)) {
    const first = upgrade.steps.find((s) => s.status !== 'done' && s.status !== 'skipped');
    throw problems.conflict('That step is not next', `Finish "${first?.id ?? ''}" first.`);
  }
  const downtime = ['down', 'upgrade', 'up', 'check', 'version'].includes(id);
  if (downtime && upgrade.status !== 'applying') {
    throw problems.conflict(
      'Confirm the downtime first',
      `${id} takes ${server.project} down: confirm the downtime before you run it.`,
    );
  }
  const at = new Date(now).toISOString();
  const target = findRelease(db.serverReleases, upgrade.to);
  step.startedAt ??= at;
  if (id === 'configuration') {
    upgrade.configuration =
      server.configuration.revision > upgrade.configurationRevisionAtStart ? 'edited' : 'kept';
    step.log.push(
      `global.yaml ${upgrade.configuration} (revision ${String(server.configuration.revision)}).`,
    );
  } else if (id === 'dns') {
    const missing = upgrade.newSubdomains.filter((d) => !(body.hosts ?? []).includes(d.host));
    if (missing.length > 0) {
      throw refuse(
        'A subdomain is not in DNS yet',
        `Add ${missing.map((d) => d.host).join(', ')} to DNS and tick it.`,
        'hosts',
      );
    }
    upgrade.dnsConfirmed = upgrade.newSubdomains.map((d) => d.host);
    step.log.push(`Added to DNS: ${upgrade.dnsConfirmed.join(', ')}.`);
  } else if (id === 'check' || id === 'version') {
    const output = readScriptOutput(body.output ?? '', server.project);
    const found = target ? (id === 'check' ? statusProblems : imageProblems)(output, target) : [];
    if (found.length > 0)
      throw refuse(`The ${id} output does not match ${upgrade.to}`, found.join(' '));
    if (id === 'check') {
      server.services = server.services.map((s) => ({ ...s, status: 'healthy' }));
      server.lastCheckAt = at;
    } else {
      upgrade.hashesAfter = output.images.map(({ service, tag, hash }) => ({ service, tag, hash }));
      upgrade.status = 'completed';
      upgrade.finishedAt = at;
    }
    step.log.push(...(body.output ?? '').split('\n').slice(0, 60));
  } else if (downtime) {
    step.log.push(...runStep(db, server, upgrade, id, at));
  }
  step.log.push(`Marked done by ${user.name}.`);
  step.status = 'done';
  step.finishedAt = at;
  server.updatedAt = at;
  // Every mutation is on the record: which step, and the upgrade's end when it was the last.
  recordAudit(db, now, {
    actor: { id: user.id, name: user.name },
    action:
      upgrade.status === 'completed' ? 'server.upgrade.completed' : `server.upgrade.step.${id}`,
    resource: { type: 'server', id: server.id, name: server.name },
    from: upgrade.from ?? 'never pulled',
    to: upgrade.to,
    outcome: 'succeeded',
  });
}
