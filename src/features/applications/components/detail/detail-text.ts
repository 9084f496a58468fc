import type { DeployedVia } from '@/contract/applications';
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
