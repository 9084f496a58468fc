import * as z from 'zod/mini';
import { Actor, Id, ResourceRef, Timestamp } from './common';

export const OperationStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export type OperationStatus = z.infer<typeof OperationStatus>;

export const StepStatus = z.enum(['pending', 'running', 'done', 'failed', 'skipped']);
export type StepStatus = z.infer<typeof StepStatus>;

export const OperationStep = z.object({
  id: z.string(),
  title: z.string(),
  status: StepStatus,
});
export type OperationStep = z.infer<typeof OperationStep>;

export const LogLine = z.object({
  at: Timestamp,
  level: z.enum(['info', 'warn', 'error']),
  message: z.string(),
});
export type LogLine = z.infer<typeof LogLine>;

export const Operation = z
  .object({
    id: Id,
    kind: z.string(),
    title: z.string(),
    resource: ResourceRef,
    status: OperationStatus,
    progress: z.number().check(z.gte(0), z.lte(100)),
    steps: z.array(OperationStep),
    log: z.array(LogLine),
    result: z.optional(z.record(z.string(), z.unknown())),
    error: z.optional(z.object({ title: z.string(), detail: z.string() })),
    startedBy: Actor,
    createdAt: Timestamp,
    finishedAt: z.optional(Timestamp),
  })
  .register(z.globalRegistry, { id: 'Operation' });
export type Operation = z.infer<typeof Operation>;

export function isFinished(status: OperationStatus): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'cancelled';
}
