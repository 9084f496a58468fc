import type { DeployedVia } from '@/contract/applications';
import type { AuditEntry } from '@/contract/audit';
import type { Connector } from '@/contract/application-detail';
import { outOfTheBoxConnectors } from '../../connectors';

export function versionsText(projectVersion: number, applicationVersion: number): string {
  return `Project version ${String(projectVersion)} · Application version ${String(applicationVersion)}`;
}

export function deployedViaChipLabel(via: DeployedVia): string {
  return via === 'helm' ? 'Deployed via Helm' : 'Deployment service';
}

/** "Custom" or "Out-of-the-box · Email". */
export function connectorKindText(connector: Pick<Connector, 'kind' | 'type'>): string {
  if (connector.kind === 'custom') return 'Custom';
  const type = connector.type
    ? (outOfTheBoxConnectors[connector.type]?.label ?? connector.type)
    : '';
  return type ? `Out-of-the-box · ${type}` : 'Out-of-the-box';
}

const actionLabels: Record<string, string> = {
  'application.upgrade': 'Upgrade',
  'application.readiness-check': 'Upgrade readiness check',
  'application.access.update': 'Access changed',
  'application.secrets.reveal': 'Secret values revealed',
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
