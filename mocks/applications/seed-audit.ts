import type { AuditEntry } from '@/contract/audit';
import { seedTime } from '../core/seed-random';

/** The upgrade history the seed's applications already have. */
export function seedApplicationAudit(): AuditEntry[] {
  const alex = { id: 'u-admin', name: 'Alex Morgan' };
  return [
    {
      id: 'audit-seed-1',
      at: seedTime(180),
      actor: alex,
      action: 'application.upgrade',
      resource: { type: 'application', id: 'app-001', name: 'invoice-approvals' },
      from: 'project version 2 (application version 2)',
      to: 'project version 4 (application version 3)',
      comment: 'Quarter-end approval rules',
      outcome: 'succeeded',
    },
    {
      id: 'audit-seed-2',
      at: seedTime(2400),
      actor: alex,
      action: 'application.upgrade',
      resource: { type: 'application', id: 'app-002', name: 'invoice-approvals-eu' },
      from: 'project version 4 (application version 3)',
      to: 'project version 10 (application version 4)',
      outcome: 'succeeded',
    },
  ];
}
