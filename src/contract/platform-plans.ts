import * as z from 'zod/mini';
import { Actor, Id, Timestamp } from './common';
import { StepStatus } from './operations';
import {
  BreakingChange,
  EnvironmentRole,
  Hosting,
  ModulePreparation,
  PlatformVersion,
} from './platform';

/**
 * An upgrade plan takes an infrastructure to one Platform Server version in the seed's four
 * phases: analysis and preparation, planning, execution, testing. Every change bumps `revision`;
 * a PATCH carrying an older one is a 409.
 */

export const ReviewVerdict = z.enum(['unreviewed', 'reviewed', 'needs-fix']);
export type ReviewVerdict = z.infer<typeof ReviewVerdict>;

/** Hours of code fixing a change needs; planning adds them up. */
export const ESTIMATE_MAX_HOURS = 1000;

export const ChangeReview = z.extend(BreakingChange, {
  review: ReviewVerdict,
  estimateHours: z.nullable(z.number().check(z.gte(0), z.lte(ESTIMATE_MAX_HOURS))),
  note: z.string(),
  reviewedBy: z.nullable(Actor),
  reviewedAt: z.nullable(Timestamp),
});
export type ChangeReview = z.infer<typeof ChangeReview>;

/** lifetime-behind: LifeTime must be the most up-to-date; lifetime-shared: from 11, dedicated. */
export const BlockerCode = z.enum(['lifetime-behind', 'lifetime-shared']);
export const PlanBlocker = z.object({
  code: BlockerCode,
  message: z.string(),
  resolved: z.boolean(),
});
export type PlanBlocker = z.infer<typeof PlanBlocker>;

/** all: publish every application after the upgrade; gradual: at the teams' pace (11.12.0+). */
export const PublishMode = z.enum(['all', 'gradual']);
export type PublishMode = z.infer<typeof PublishMode>;

/**
 * downtime: "a rollback can happen with no data loss"; zero-downtime: "if you need to rollback,
 * you will most certainly have data loss" and needs several front-ends in every zone.
 */
export const Strategy = z.enum(['downtime', 'zero-downtime']);
export type Strategy = z.infer<typeof Strategy>;

/** When, in the time zone it was chosen in (the cloud request must say it). */
export const Schedule = z.object({
  at: Timestamp,
  timeZone: z.string().check(z.minLength(1), z.maxLength(64)),
});
export type Schedule = z.infer<typeof Schedule>;

export const ExecutionStepId = z.enum([
  // LifeTime from 10 or earlier, or shared with an application environment
  'dedicated-environment',
  // self-managed, with downtime
  'installer',
  'apply-and-exit',
  // self-managed, zero-downtime: the seed's seven steps
  'disable-front-ends',
  'upgrade-controller',
  'disconnect-half',
  'upgrade-half',
  'switch-front-ends',
  'upgrade-rest',
  'reconnect-all',
  // cloud
  'request',
  'approval',
  'outsystems-upgrade',
]);
export type ExecutionStepId = z.infer<typeof ExecutionStepId>;

export const ExecutionStep = z.object({
  id: ExecutionStepId,
  title: z.string(),
  status: StepStatus,
  detail: z.nullable(z.string()),
});
export type ExecutionStep = z.infer<typeof ExecutionStep>;

export const Execution = z.object({
  status: z.enum(['not-started', 'scheduled', 'running', 'failed', 'done']),
  steps: z.array(ExecutionStep),
  operationId: z.nullable(Id),
  failure: z.nullable(z.object({ step: ExecutionStepId, title: z.string(), detail: z.string() })),
  /** Cloud: the infrastructure admin who approved the request. */
  approvedBy: z.nullable(z.string()),
  /** Cloud, Development to 11.11.3 or earlier: components OutSystems installed with it. */
  installedComponents: z.array(z.string()),
  startedAt: z.nullable(Timestamp),
  finishedAt: z.nullable(Timestamp),
});
export type Execution = z.infer<typeof Execution>;

export const ChecklistItemId = z.enum([
  'dev-tools',
  'ui-components',
  'mobile-build',
  'forge-components',
]);
export type ChecklistItemId = z.infer<typeof ChecklistItemId>;

export const ChecklistItem = z.object({
  id: ChecklistItemId,
  label: z.string(),
  detail: z.string(),
  done: z.boolean(),
  doneBy: z.nullable(Actor),
  doneAt: z.nullable(Timestamp),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/**
 * solution: an all-modules solution's "Current Running Version" (Development); stage: from the
 * environment upgraded before; code: fix and publish in place; deploy-all: 11.19.0 and later;
 * gradual: the chosen applications, once modules preparation has finished.
 */
export const PublicationMethod = z.enum(['solution', 'stage', 'code', 'deploy-all', 'gradual']);
export type PublicationMethod = z.infer<typeof PublicationMethod>;

export const Publication = z.object({
  status: z.enum(['running', 'done', 'failed']),
  method: PublicationMethod,
  sourceEnvironmentId: z.nullable(Id),
  /** Application names published in the new version so far. */
  published: z.array(z.string()),
  total: z.int().check(z.gte(0)),
  operationId: z.nullable(Id),
});
export type Publication = z.infer<typeof Publication>;

export const Testing = z.object({
  hotPoints: z.boolean(),
  errorLogClean: z.boolean(),
  note: z.string(),
  testedBy: Actor,
  testedAt: Timestamp,
});

export const PlanEnvironmentStatus = z.enum([
  'not-started',
  'upgrading',
  'failed',
  'upgraded',
  'published',
  'tested',
]);
export type PlanEnvironmentStatus = z.infer<typeof PlanEnvironmentStatus>;

export const PlanEnvironment = z.object({
  environmentId: Id,
  /** LifeTime is upgraded first when it is behind, before any application environment. */
  kind: z.enum(['lifetime', 'application']),
  name: z.string(),
  role: z.nullable(EnvironmentRole),
  hosting: Hosting,
  fromVersion: PlatformVersion,
  strategy: Strategy,
  schedule: z.nullable(Schedule),
  status: PlanEnvironmentStatus,
  execution: Execution,
  modulePreparation: z.nullable(ModulePreparation),
  checklist: z.array(ChecklistItem),
  publication: z.nullable(Publication),
  testing: z.nullable(Testing),
});
export type PlanEnvironment = z.infer<typeof PlanEnvironment>;

export const PlanWarning = z.object({
  environmentId: Id,
  code: z.enum(['cloud-too-close', 'in-sprint', 'maintenance-mode-off']),
  message: z.string(),
});
export type PlanWarning = z.infer<typeof PlanWarning>;

export const UpgradePlan = z
  .object({
    id: Id,
    infrastructureId: Id,
    /** The lowest version among the application environments when the plan was made. */
    from: PlatformVersion,
    to: PlatformVersion,
    revision: z.int().check(z.gte(1)),
    status: z.enum(['open', 'done']),
    publishMode: PublishMode,
    /** Every release crossed, (from, to], oldest first. */
    crossed: z.array(PlatformVersion),
    changes: z.array(ChangeReview),
    blockers: z.array(PlanBlocker),
    /** In the order they are upgraded: LifeTime first when it must be. */
    environments: z.array(PlanEnvironment),
    warnings: z.array(PlanWarning),
    createdBy: Actor,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'UpgradePlan' });
export type UpgradePlan = z.infer<typeof UpgradePlan>;

export const UpgradePlanList = z
  .object({ items: z.array(UpgradePlan) })
  .register(z.globalRegistry, { id: 'UpgradePlanList' });

export const PlanParams = z.object({ planId: Id });
export const PlanEnvironmentParams = z.extend(PlanParams, { environmentId: Id });
export const ChangeParams = z.extend(PlanParams, { changeId: Id });
export const ChecklistParams = z.extend(PlanEnvironmentParams, { itemId: ChecklistItemId });

export const CreatePlanRequest = z.object({ infrastructureId: Id, to: PlatformVersion });

export const PlanEnvironmentChange = z.object({
  environmentId: Id,
  strategy: z.optional(Strategy),
  schedule: z.optional(z.nullable(Schedule)),
});

export const UpdatePlanRequest = z.object({
  revision: z.int().check(z.gte(1)),
  /** The application environments' ids in the new order (LifeTime keeps its place). */
  order: z.optional(z.array(Id)),
  environments: z.optional(z.array(PlanEnvironmentChange)),
});

export const ReviewChangeRequest = z.object({
  /** Every verdict but unreviewed (zod/mini has no `.exclude`). */
  verdict: z.enum(
    ReviewVerdict.options.filter(
      (v): v is Exclude<ReviewVerdict, 'unreviewed'> => v !== 'unreviewed',
    ),
  ),
  /** Needed with needs-fix: the hours of code fixing it takes. */
  estimateHours: z.optional(z.number().check(z.gte(0), z.lte(ESTIMATE_MAX_HOURS))),
  note: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
});

export const StartExecutionRequest = z.object({
  /** Self-managed: the Configuration Tool's Apply and Exit, every item confirmed. */
  confirm: z.optional(
    z.object({
      serviceCenter: z.boolean(),
      systemComponents: z.boolean(),
      modulePreparation: z.boolean(),
    }),
  ),
  /** Cloud: the infrastructure admin approving the request (the requester, if they are one). */
  approvedBy: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});

export const ChecklistMarkRequest = z.object({ done: z.boolean() });

export const PublicationRequest = z.object({
  method: PublicationMethod,
  sourceEnvironmentId: z.optional(Id),
  /** gradual: the applications to publish now. */
  applications: z.optional(z.array(z.string()).check(z.maxLength(200))),
});

export const TestingRequest = z.object({
  hotPoints: z.boolean(),
  errorLogClean: z.boolean(),
  note: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
});
