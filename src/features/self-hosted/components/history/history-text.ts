import type { AuditEntry } from '@/contract/audit';
import { selfHostedAuditActions } from '@/contract/self-hosted-tenants';

const actionLabels: Record<string, string> = {
  [selfHostedAuditActions.register]: 'Register to test',
  [selfHostedAuditActions.withdraw]: 'Registration withdrawn',
  [selfHostedAuditActions.update]: 'Update',
  [selfHostedAuditActions.reactivate]: 'Reactivate',
  [selfHostedAuditActions.tenantDenied]: 'Tenant denied provisioning',
};

export function auditActionText(action: string): string {
  return actionLabels[action] ?? action;
}

export const outcomeLabels: Record<AuditEntry['outcome'], string> = {
  started: 'Started',
  succeeded: 'Succeeded',
  failed: 'Failed',
  refused: 'Refused',
};

/** "3.1.0 → 3.2.0"; one side alone for a registration ("→ 3.2.0") or a withdrawal ("3.2.0 →"). */
export function fromToText(entry: Pick<AuditEntry, 'from' | 'to'>): string | undefined {
  if (!entry.from && !entry.to) return undefined;
  return `${entry.from ?? '—'} → ${entry.to ?? '—'}`;
}
