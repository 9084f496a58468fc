import type { Actor, ResourceRef } from '@/contract/common';
import type { OperationStep } from '@/contract/operations';
import type { Db } from '../db';
import { nextId, type OperationRecord } from './state';
import { ProblemError } from './problems';
import { notify, recordAudit } from './records';

export interface OperationKind {
  title: (input: Record<string, unknown>) => string;
  steps: { id: string; title: string; ms: number }[];
  /** Applies the work's effect when the last step ends; throw a ProblemError to fail it. */
  complete: (db: Db, op: OperationRecord) => Record<string, unknown>;
  /** From → to and comment for the audit entry written when the work ends. */
  auditDetails?: (op: OperationRecord) => { from?: string; to?: string; comment?: string };
  /** Undoes what starting the work marked (e.g. an "upgrading" status) when it fails. */
  onFailure?: (db: Db, op: OperationRecord) => void;
  /** Runs as a step ends; throw a ProblemError to fail the work at that step. */
  onStepDone?: (db: Db, op: OperationRecord, stepId: string) => void;
}

const kinds = new Map<string, OperationKind>();

export function registerOperationKind(kind: string, definition: OperationKind) {
  kinds.set(kind, definition);
}

/** Every registered kind, for the simulator controls' "failing operation" choice. */
export function operationKindIds(): string[] {
  return [...kinds.keys()].sort();
}

function kindOf(kind: string): OperationKind {
  const definition = kinds.get(kind);
  if (!definition) throw new Error(`Unknown operation kind ${kind}`);
  return definition;
}

export function startOperation(
  db: Db,
  now: number,
  args: {
    kind: string;
    resource: ResourceRef;
    input: Record<string, unknown>;
    actor: Actor;
    /** Steps this piece of work does not need: shown as skipped, taking no time. */
    skipSteps?: readonly string[];
  },
): OperationRecord {
  const definition = kindOf(args.kind);
  const skipped = (id: string) => args.skipSteps?.includes(id) ?? false;
  const at = new Date(now).toISOString();
  const op: OperationRecord = {
    id: nextId(db, 'op'),
    kind: args.kind,
    title: definition.title(args.input),
    resource: args.resource,
    status: 'queued',
    progress: 0,
    steps: definition.steps.map((s): OperationStep => ({
      id: s.id,
      title: s.title,
      status: skipped(s.id) ? 'skipped' : 'pending',
    })),
    log: [{ at, level: 'info', message: `Queued by ${args.actor.name}` }],
    startedBy: args.actor,
    createdAt: at,
    input: args.input,
    stepMs: definition.steps.map((s) => (skipped(s.id) ? 0 : s.ms)),
    elapsedMs: 0,
    lastTickMs: now,
  };
  db.operations.push(op);
  return op;
}

/** Work that starts on the clock rather than on a request (a scheduled server upgrade). */
const clockHooks: ((db: Db, now: number) => void)[] = [];

export function onClockTick(hook: (db: Db, now: number) => void) {
  clockHooks.push(hook);
}

/** Moves every unfinished operation along the simulated clock. Returns whether anything changed. */
export function advanceOperations(db: Db, now: number): boolean {
  const before = db.operations.length;
  for (const hook of clockHooks) hook(db, now);
  let changed = db.operations.length !== before;
  for (const op of db.operations) {
    if (op.status !== 'queued' && op.status !== 'running') continue;
    op.elapsedMs += Math.max(0, now - op.lastTickMs) * db.scenario.operationSpeed;
    op.lastTickMs = now;
    advance(db, op, now);
    changed = true;
  }
  return changed;
}

function advance(db: Db, op: OperationRecord, now: number) {
  const at = new Date(now).toISOString();
  const definition = kindOf(op.kind);
  const total = op.stepMs.reduce((a, b) => a + b, 0);
  let boundary = 0;
  op.status = 'running';
  // The last step is done only once the work as a whole has completed: it is where that can fail.
  const last = op.steps.findLastIndex((s) => s.status !== 'skipped');
  for (const [i, step] of op.steps.entries()) {
    const start = boundary;
    boundary += op.stepMs[i] ?? 0;
    if (step.status === 'done' || step.status === 'skipped') continue;
    if (op.elapsedMs >= boundary) {
      if (step.status === 'pending')
        op.log.push({ at, level: 'info', message: `Started: ${step.title}` });
      const failure = attempt(() => definition.onStepDone?.(db, op, step.id));
      if (failure) {
        finish(db, op, now, failure, step);
        return;
      }
      if (i === last) {
        step.status = 'running';
        continue;
      }
      step.status = 'done';
      op.log.push({ at, level: 'info', message: `Done: ${step.title}` });
    } else if (op.elapsedMs >= start && step.status === 'pending') {
      step.status = 'running';
      op.log.push({ at, level: 'info', message: `Started: ${step.title}` });
    }
  }
  op.progress = Math.min(100, Math.floor((op.elapsedMs / total) * 100));
  if (op.elapsedMs < total) {
    op.progress = Math.min(op.progress, 99);
    return;
  }
  const failure = attempt(() => {
    if (db.scenario.failingOperationKind === op.kind) throw simulatedFailure(op.kind);
    op.result = definition.complete(db, op);
  });
  const lastStep = op.steps[last];
  if (!failure && lastStep) {
    lastStep.status = 'done';
    op.log.push({ at, level: 'info', message: `Done: ${lastStep.title}` });
  }
  finish(db, op, now, failure, lastStep);
}

function attempt(work: () => void): ProblemError | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
}

const simulatedFailure = (kind: string) =>
  new ProblemError({
    type: 'https://upshift.example/problems/simulated-failure',
    title: 'The work failed',
    status: 500,
    detail: `Simulated failure of every ${kind} operation (simulator controls).`,
  });

/** Ends the work: a failure marks its step failed and skips the rest. Then audit and notify. */
function finish(
  db: Db,
  op: OperationRecord,
  now: number,
  failure: ProblemError | undefined,
  failedStep: OperationStep | undefined,
) {
  const at = new Date(now).toISOString();
  if (failure) {
    op.status = 'failed';
    op.error = { title: failure.problem.title, detail: failure.problem.detail ?? '' };
    if (failedStep) failedStep.status = 'failed';
    for (const step of op.steps) {
      if (step.status === 'pending' || step.status === 'running') step.status = 'skipped';
    }
    op.log.push({
      at,
      level: 'error',
      message: `${failure.problem.title}: ${failure.problem.detail ?? ''}`,
    });
  } else {
    op.status = 'succeeded';
    op.log.push({ at, level: 'info', message: 'Finished successfully' });
  }
  op.progress = 100;
  op.finishedAt = at;
  const succeeded = op.status === 'succeeded';
  const definition = kindOf(op.kind);
  if (!succeeded) definition.onFailure?.(db, op);
  recordAudit(db, now, {
    actor: op.startedBy,
    action: op.kind,
    resource: op.resource,
    outcome: succeeded ? 'succeeded' : 'failed',
    ...definition.auditDetails?.(op),
    ...(op.error ? { reason: `${op.error.title}: ${op.error.detail}` } : {}),
  });
  notify(db, now, op.startedBy.id, {
    kind: `operation.${op.status}`,
    severity: succeeded ? 'success' : 'error',
    title: succeeded ? `${op.title}: finished` : `${op.title}: failed`,
    message: succeeded
      ? `${op.resource.name}: done.`
      : `${op.resource.name}: ${op.error?.detail ?? ''}`,
    resource: op.resource,
  });
}

/** The unfinished operation of this kind on this resource, if any. */
export function findUnfinished(
  db: Db,
  kind: string,
  resourceId: string,
): OperationRecord | undefined {
  return db.operations.find(
    (op) =>
      op.kind === kind &&
      op.resource.id === resourceId &&
      (op.status === 'queued' || op.status === 'running'),
  );
}

export function publicOperation(op: OperationRecord) {
  const { input: _input, stepMs: _stepMs, elapsedMs: _elapsed, lastTickMs: _tick, ...visible } = op;
  return visible;
}
