import type { AuditEntry } from '@/contract/audit';
import type { Group, Role, User } from '@/contract/identity';
import type { Notification } from '@/contract/notifications';
import type { Operation } from '@/contract/operations';
import type { Scenario } from './scenario';

export interface OperationRecord extends Operation {
  input: Record<string, unknown>;
  /** Simulated milliseconds each step takes. */
  stepMs: number[];
  elapsedMs: number;
  lastTickMs: number;
}

export interface IdempotentResponse {
  fingerprint: string;
  status: number;
  body: unknown;
}

export type StoredNotification = Notification & { userId: string };

/** What every area shares: people, running work, records, the session and the scenario. */
export interface CoreState {
  roles: Role[];
  users: User[];
  groups: Group[];
  operations: OperationRecord[];
  audit: AuditEntry[];
  notifications: StoredNotification[];
  idempotency: Record<string, IdempotentResponse>;
  session: { userId: string | null };
  /** `seededAt`: the instant the seed's dates were counted back from (generated rows reuse it). */
  settings: { largeDataset: boolean; seededAt: number };
  scenario: Scenario;
  /** Next number for generated ids, so ids stay deterministic. */
  sequence: number;
}

export function nextId(db: Pick<CoreState, 'sequence'>, prefix: string): string {
  db.sequence += 1;
  return `${prefix}-${db.sequence.toString().padStart(5, '0')}`;
}
