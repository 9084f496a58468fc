import type { Actor } from '@/contract/common';
import type { AppVersionStatus } from '@/contract/self-hosted';
import {
  selfHostedOperationKinds,
  type AppRole,
  type TenantProvisioning,
} from '@/contract/self-hosted-tenants';
import { refusalStatus } from '@/features/self-hosted/refusals';
import { transition, type Refusal, type VersionEvent } from '@/features/self-hosted/rules';
import type { CoreState, OperationRecord } from '../core/state';
import { ProblemError, problems } from '../core/problems';

export interface AppVersionRecord {
  version: string;
  releasedAt: string;
  releaseNotes: string;
  requiresAppCredentials: boolean;
  status: AppVersionStatus;
  wasActive: boolean;
  activatedAt?: string;
  deactivatedAt?: string;
  registeredAt?: string;
  registeredBy?: Actor;
  /** The registration or switch running on this version. */
  operationId?: string;
  failure?: { at: string; title: string; detail: string; operationId?: string };
  roles: AppRole[];
  /** Simulator only: a switch to this version fails at "Start" (it never becomes healthy). */
  failsToStart?: boolean;
}

export interface TenantRecord {
  id: string;
  name: string;
  contactEmail: string;
  provisioning: TenantProvisioning;
  version: string | null;
  provisioningTo?: string;
  noAccessReason?: string;
  deniedAt?: string;
  /** Simulator only: presses Deny as soon as its next provisioning e-mail arrives. */
  deniesNextProvisioning?: boolean;
  updatedAt: string;
}

export interface SelfHostedRecord {
  id: string;
  name: string;
  description: string;
  publisher: string;
  versions: AppVersionRecord[];
  tenants: TenantRecord[];
  updatedAt: string;
}

/** Self-hosted applications ("My Applications") with their versions and tenants. */
export interface SelfHostedState {
  selfHosted: SelfHostedRecord[];
}

export const SWITCH_KINDS: readonly string[] = [
  selfHostedOperationKinds.update,
  selfHostedOperationKinds.reactivate,
];

/** Why a tenant that pressed Deny has no access; shown with the tenant. */
export function deniedReason(appName: string, to: string, from: string, at: string): string {
  return `Denied provisioning to ${to} on ${at.slice(0, 10)} (pressed Deny in the e-mail). ${from} was not activated again for this tenant, so its users cannot use ${appName}.`;
}

export function findSelfHosted(db: SelfHostedState, id: string): SelfHostedRecord {
  const app = db.selfHosted.find((a) => a.id === id);
  if (!app) throw problems.notFound('Self-hosted application', id);
  return app;
}

export function findVersion(app: SelfHostedRecord, version: string): AppVersionRecord {
  const found = app.versions.find((v) => v.version === version);
  if (!found) throw new Error(`${app.id} has no version ${version}`);
  return found;
}

export function activeVersionOf(app: SelfHostedRecord): AppVersionRecord {
  const active = app.versions.find((v) => v.status === 'active');
  if (!active) throw new Error(`${app.id} has no active version`);
  return active;
}

/** The switch running on this application, if any. */
export function runningSwitch(
  db: Pick<CoreState, 'operations'>,
  appId: string,
): OperationRecord | undefined {
  return db.operations.find(
    (op) =>
      SWITCH_KINDS.includes(op.kind) &&
      op.resource.id === appId &&
      (op.status === 'queued' || op.status === 'running'),
  );
}

export function refusalProblem(refusal: Refusal): ProblemError {
  const status = refusalStatus[refusal.code];
  const field =
    refusal.code === 'wrong-direction' ? 'direction' : status === 422 ? 'version' : undefined;
  return new ProblemError({
    type: `https://upshift.example/problems/${refusal.code}`,
    title: refusal.title,
    status,
    detail: refusal.message,
    errors: field ? [{ field, message: refusal.message }] : undefined,
  });
}

/**
 * Moves the versions through the status machine of src/features/self-hosted/rules.ts, so the
 * simulator refuses exactly what the console does not offer. A refused request throws its problem.
 */
export function applyVersionEvent(app: SelfHostedRecord, event: VersionEvent, at: string) {
  const result = transition(app.versions, event);
  if (!result.ok) throw refusalProblem(result.refusal);
  for (const next of result.versions) {
    const record = findVersion(app, next.version);
    if (record.status === next.status) continue;
    if (next.status === 'active') record.activatedAt = at;
    if (record.status === 'active') record.deactivatedAt = at;
    record.status = next.status;
    record.wasActive = next.wasActive;
  }
  app.updatedAt = at;
}
