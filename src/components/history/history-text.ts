import type { AuditEntry } from '@/contract/audit';

/** How an entry's action is phrased: the feature's words for what happened. */
export type DescribeEntry = (entry: AuditEntry) => string;

/** A feature's labels per audit action; an action it does not know is shown as recorded. */
export function describeAction(labels: Readonly<Record<string, string>>): DescribeEntry {
  return (entry) => labels[entry.action] ?? entry.action;
}

export const outcomeLabels: Record<AuditEntry['outcome'], string> = {
  started: 'Started',
  succeeded: 'Succeeded',
  failed: 'Failed',
  refused: 'Refused',
};

/** "3.1.0 → 3.2.0"; one side alone for a registration ("— → 3.2.0") or a withdrawal ("3.2.0 → —"). */
export function fromToText(entry: Pick<AuditEntry, 'from' | 'to'>): string | undefined {
  if (!entry.from && !entry.to) return undefined;
  return `${entry.from ?? '—'} → ${entry.to ?? '—'}`;
}
