import {
  SELF_HOSTED_RESOURCE,
  selfHostedOperationKinds,
  type TenantProvisioning,
} from '@/contract/self-hosted-tenants';
import type { SwitchDirection } from '@/contract/self-hosted';
import type { OperationRecord } from '../core/state';
import type { Db } from '../db';
import { registerOperationKind, type OperationKind } from '../core/operations';
import { ProblemError } from '../core/problems';
import { applyVersionEvent, findSelfHosted, findVersion } from './state';
import { finishProvisioning, moveTenants, restoreTenants } from './tenants';

export interface SwitchInput {
  from: string;
  to: string;
  direction: SwitchDirection;
  credentials: boolean;
  comment?: string;
  /** Each tenant's provisioning before the switch, restored if it fails. */
  tenantsBefore?: Record<string, TenantProvisioning>;
}

/** The simulated time the work reached: operations run on the simulator's clock. */
const atOf = (op: OperationRecord) => new Date(op.lastTickMs).toISOString();

function targetOf(db: Db, op: OperationRecord, version: string) {
  const app = findSelfHosted(db, op.resource.id);
  return { app, record: findVersion(app, version) };
}

function recordFailure(db: Db, op: OperationRecord, version: string) {
  const { record } = targetOf(db, op, version);
  delete record.operationId;
  record.failure = {
    at: atOf(op),
    title: op.error?.title ?? 'The work failed',
    detail: op.error?.detail ?? '',
    operationId: op.id,
  };
}

const registrationOf = (op: OperationRecord) => op.input as { version: string };

registerOperationKind(selfHostedOperationKinds.register, {
  title: (input) => `Register ${String(input.version)} to test`,
  steps: [
    { id: 'fetch', title: 'Fetch the version package', ms: 800 },
    { id: 'deploy', title: 'Deploy it to the test environment', ms: 1400 },
    { id: 'check', title: 'Run smoke checks', ms: 800 },
  ],
  complete: (db, op) => {
    const { version } = registrationOf(op);
    const { app, record } = targetOf(db, op, version);
    applyVersionEvent(app, { type: 'registration-succeeded', version }, atOf(op));
    delete record.operationId;
    Object.assign(record, { registeredAt: atOf(op), registeredBy: op.startedBy });
    return { version, status: record.status };
  },
  auditDetails: (op) => ({ to: registrationOf(op).version }),
  onFailure: (db, op) => {
    const { version } = registrationOf(op);
    applyVersionEvent(
      findSelfHosted(db, op.resource.id),
      { type: 'registration-failed', version },
      atOf(op),
    );
    recordFailure(db, op, version);
  },
});

const switchOf = (op: OperationRecord) => op.input as unknown as SwitchInput;

function switchKind(direction: SwitchDirection): OperationKind {
  return {
    title: (input) =>
      direction === 'update' ? `Update to ${String(input.to)}` : `Reactivate ${String(input.to)}`,
    steps: [
      { id: 'provision', title: 'Provision tenants to the new version', ms: 4000 },
      { id: 'start', title: 'Start the new version beside the active one', ms: 1500 },
      { id: 'traffic', title: 'Switch traffic to the new version', ms: 1000 },
      { id: 'stop', title: 'Stop the previous version', ms: 800 },
    ],
    onStepDone: (db, op, stepId) => {
      const { from, to } = switchOf(op);
      const { app, record } = targetOf(db, op, to);
      if (stepId === 'provision') finishProvisioning(app, op.lastTickMs);
      if (stepId === 'start' && record.failsToStart) {
        throw new ProblemError({
          type: 'https://upshift.example/problems/version-did-not-start',
          title: `${to} did not start`,
          status: 500,
          detail: `${to} did not become healthy within 5 minutes, so traffic stays on ${from}.`,
        });
      }
    },
    complete: (db, op) => {
      const { from, to, credentials } = switchOf(op);
      const { app, record } = targetOf(db, op, to);
      applyVersionEvent(app, { type: 'switch-succeeded', version: to }, atOf(op));
      delete record.operationId;
      delete record.failure;
      moveTenants(app, to, credentials, op.lastTickMs);
      const denied = app.tenants.filter((t) => t.provisioning === 'denied').length;
      return {
        from,
        to,
        direction,
        tenants: app.tenants.length - denied,
        tenantsWithoutAccess: denied,
      };
    },
    auditDetails: (op) => {
      const { from, to, comment } = switchOf(op);
      return { from, to, comment };
    },
    onFailure: (db, op) => {
      const { to, tenantsBefore } = switchOf(op);
      const app = findSelfHosted(db, op.resource.id);
      applyVersionEvent(app, { type: 'switch-failed', version: to }, atOf(op));
      recordFailure(db, op, to);
      restoreTenants(app, tenantsBefore ?? {}, op.lastTickMs);
    },
  };
}

registerOperationKind(selfHostedOperationKinds.update, switchKind('update'));
registerOperationKind(selfHostedOperationKinds.reactivate, switchKind('reactivate'));

export const selfHostedResource = (app: { id: string; name: string }) => ({
  type: SELF_HOSTED_RESOURCE,
  id: app.id,
  name: app.name,
});
