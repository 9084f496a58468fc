import type { Actor, ResourceRef } from '@/contract/common';
import type { AuditEntry } from '@/contract/audit';
import type { Notification } from '@/contract/notifications';
import { nextId, type CoreState } from './state';

export function recordAudit(
  db: CoreState,
  now: number,
  entry: {
    actor: Actor;
    action: string;
    resource: ResourceRef;
    outcome: AuditEntry['outcome'];
    from?: string;
    to?: string;
    comment?: string;
    reason?: string;
    fields?: string[];
  },
): AuditEntry {
  const record: AuditEntry = { id: nextId(db, 'audit'), at: new Date(now).toISOString(), ...entry };
  db.audit.push(record);
  return record;
}

export function notify(
  db: CoreState,
  now: number,
  userId: string,
  n: Pick<Notification, 'kind' | 'severity' | 'title' | 'message' | 'resource' | 'category'>,
) {
  db.notifications.push({
    id: nextId(db, 'n'),
    userId,
    at: new Date(now).toISOString(),
    read: false,
    archived: false,
    ...n,
  });
}
