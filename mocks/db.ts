import type { ApplicationAccess, ApplicationStatus, DeployedVia } from '@/contract/applications';
import type { AuditEntry } from '@/contract/audit';
import type { FieldError } from '@/contract/common';
import type { ApplicationDetails } from './seed/application-details';
import type { Group, Role, User } from '@/contract/identity';
import type { Notification } from '@/contract/notifications';
import type { Operation } from '@/contract/operations';
import type { SelfHostedRecord } from './self-hosted-db';
import type { TemplateUpgradesState } from './templates-db';

export interface ProjectRecord {
  id: string;
  name: string;
  releasedVersions: number[];
}

export interface ApplicationRecord {
  id: string;
  name: string;
  projectId: string;
  projectVersion: number;
  applicationVersion: number;
  status: ApplicationStatus;
  deployedVia: DeployedVia;
  updatedAt: string;
  revision: number;
  /** Part of the large dataset: rebuilt from its seed on load, saved only once changed. */
  generated?: boolean;
}

export interface OperationRecord extends Operation {
  input: Record<string, unknown>;
  /** Simulated milliseconds each step takes. */
  stepMs: number[];
  elapsedMs: number;
  lastTickMs: number;
}

export interface IdempotentResponse {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** One endpoint answers with an error status instead of doing its work. */
export interface ScenarioFailure {
  endpointId: string;
  status: number;
  /** With a 422: the fields it names, as a real refusal does (`errors: [{ field, message }]`). */
  errors?: FieldError[];
  /** With a 409: the revision the resource is at now, as the refusal of a stale edit says. */
  currentRevision?: number;
}

export interface Scenario {
  /** Added to every answer, in milliseconds. */
  latencyMs: number;
  failure: ScenarioFailure | null;
  /** This endpoint never answers, so the console's own timeout fires. */
  timeoutEndpointId: string | null;
  /** This endpoint answers 200 with a body that breaks the contract. */
  malformedEndpointId: string | null;
  offline: boolean;
  /** Simulated milliseconds per real millisecond for running operations. */
  operationSpeed: number;
  /** Operations of this kind fail at their last step (absent in state saved before it existed). */
  failingOperationKind?: string | null;
}

export interface Db {
  roles: Role[];
  users: User[];
  groups: Group[];
  projects: ProjectRecord[];
  applications: ApplicationRecord[];
  /** By application id; an application without an entry has the default access. */
  access: Record<string, ApplicationAccess>;
  /** Services, infrastructure, connectors and running work changed since the seed, by id. */
  details: Record<string, ApplicationDetails>;
  operations: OperationRecord[];
  /** Self-hosted applications ("My Applications") with their versions and tenants. */
  selfHosted: SelfHostedRecord[];
  /** Templates with their versions, applications installed from them and upgrade records. */
  templateUpgrades: TemplateUpgradesState;
  audit: AuditEntry[];
  notifications: (Notification & { userId: string })[];
  idempotency: Record<string, IdempotentResponse>;
  session: { userId: string | null };
  /** `seededAt`: the instant the seed's dates were counted back from (generated rows reuse it). */
  settings: { largeDataset: boolean; seededAt: number };
  scenario: Scenario;
  /** Next number for generated ids, so ids stay deterministic. */
  sequence: number;
}

export const defaultScenario: Scenario = {
  latencyMs: 0,
  failure: null,
  timeoutEndpointId: null,
  malformedEndpointId: null,
  offline: false,
  operationSpeed: 1,
  failingOperationKind: null,
};

export function nextId(db: Db, prefix: string): string {
  db.sequence += 1;
  return `${prefix}-${db.sequence.toString().padStart(5, '0')}`;
}
