import type { Connector } from '@/contract/application-detail';
import { isSecretKey, MASK } from '@/lib/secrets';
import type { AccessDraft, AccessField, Principal } from './draft-schema';

export interface AccessChange {
  field: AccessField;
  added: string[];
  removed: string[];
}

const accessLabels: Record<AccessField, string> = {
  adminUsers: 'Admin users',
  adminGroups: 'Admin groups',
  userUsers: 'Users',
  userGroups: 'User groups',
};

/** "Users: added Ken Watanabe removed Tom Fischer". */
export const accessChangeText = (c: AccessChange) =>
  [
    `${accessLabels[c.field]}:`,
    c.added.length > 0 ? `added ${c.added.join(', ')}` : '',
    c.removed.length > 0 ? `removed ${c.removed.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');

export function accessChanges(before: AccessDraft, after: AccessDraft): AccessChange[] {
  const names = (list: Principal[], other: Principal[]) =>
    list.filter((p) => !other.some((o) => o.id === p.id)).map((p) => p.name);
  return (Object.keys(after) as AccessField[])
    .map((field) => ({
      field,
      added: names(after[field], before[field]),
      removed: names(before[field], after[field]),
    }))
    .filter((c) => c.added.length > 0 || c.removed.length > 0);
}

export interface VariableChange {
  key: string;
  before?: string;
  after?: string;
}

export const shown = (key: string, value: string | undefined) =>
  value === undefined ? undefined : isSecretKey(key) ? MASK : value;

/** Variable-level before → after, secret values masked. */
export function variableChanges(
  before: Record<string, string>,
  after: Record<string, string>,
): VariableChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((k) => before[k] !== after[k])
    .map((k) => ({ key: k, before: shown(k, before[k]), after: shown(k, after[k]) }));
}

export interface ConnectorChange {
  name: string;
  added: boolean;
  image?: { before?: string; after: string };
  variables: VariableChange[];
}

export function connectorChanges(
  deployed: readonly Connector[],
  next: readonly Connector[],
): { changes: ConnectorChange[]; unchanged: string[] } {
  const changes: ConnectorChange[] = [];
  const unchanged: string[] = [];
  for (const c of next) {
    const was = deployed.find((d) => d.name === c.name);
    const variables = variableChanges(was?.variables ?? {}, c.variables);
    const image = was?.image === c.image ? undefined : { before: was?.image, after: c.image };
    if (was && !image && variables.length === 0) unchanged.push(c.name);
    else changes.push({ name: c.name, added: !was, image, variables });
  }
  return { changes, unchanged };
}
