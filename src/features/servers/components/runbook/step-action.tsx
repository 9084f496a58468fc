import type { RunbookStep } from '@/contract/server-upgrades';
import { currentStep } from '../../runbook';
import { ConfigurationAction } from './configuration-action';
import { DnsAction } from './dns-action';
import { ExportAction } from './export-action';
import { MarkDone } from './mark-done';
import { PasteOutput } from './paste-output';
import type { RunbookView } from './runbook-view';

/**
 * What the current step asks of the person, if anything: nothing while the agent runs a step,
 * nothing for a read-only role (the configuration shown read-only), nothing for a step done.
 */
export function StepAction({ view, step }: { view: RunbookView; step: RunbookStep }) {
  const { upgrade, canAct } = view;
  if (currentStep(upgrade.steps)?.id !== step.id || upgrade.operationId) return null;
  if (!canAct) {
    return step.id === 'configuration' && upgrade.status === 'preparing' ? (
      <ConfigurationAction view={view} />
    ) : null;
  }
  const manual = upgrade.mode === 'manual';
  if (upgrade.status === 'preparing') {
    switch (step.id) {
      case 'configuration':
        return <ConfigurationAction view={view} />;
      case 'dns':
        return <DnsAction view={view} />;
      case 'export':
        return manual ? <MarkDone view={view} step="export" /> : <ExportAction view={view} />;
      case 'download':
      case 'packages':
        return manual ? <MarkDone view={view} step={step.id} /> : null;
      default:
        // down … version start from the downtime dialog.
        return null;
    }
  }
  if (upgrade.status === 'applying' && manual) {
    return step.id === 'check' || step.id === 'version' ? (
      <PasteOutput key={step.id} view={view} step={step.id} />
    ) : (
      <MarkDone key={step.id} view={view} step={step.id} />
    );
  }
  return null;
}
