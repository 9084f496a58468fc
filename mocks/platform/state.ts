import type {
  Infrastructure,
  LifeTime,
  PlatformEnvironment,
  PlatformRelease,
  Sprint,
  Staging,
} from '@/contract/platform';
import type {
  ChangeReview,
  ChecklistItemId,
  PlanBlocker,
  PlanEnvironment,
  Publication,
  UpgradePlan,
} from '@/contract/platform-plans';
import type { Actor } from '@/contract/common';

/**
 * What QA can make go wrong in one environment (window.upshiftSimulator.platformFaults). Each
 * fault happens once, the next time that work runs, so a Retry afterwards succeeds.
 */
export interface PlatformFaults {
  /** Modules preparation stops at this module (e.g. "ClaimsPortal_CS"). */
  modulePreparationFailsAt?: string;
  /** The Platform Server installer (or OutSystems' upgrade, in the cloud) fails. */
  installerFails?: boolean;
  /** The infrastructure admin refuses the cloud upgrade request. */
  approvalRefused?: boolean;
}

export type EnvironmentRecord = PlatformEnvironment;

export interface InfrastructureRecord extends Pick<Infrastructure, 'id' | 'name' | 'sprints'> {
  lifeTime: LifeTime;
  sprints: Sprint[];
}

/**
 * A plan environment as stored. Its status is worked out from the execution, the publication
 * and the testing; the checklist's items are computed, only the ticks are kept.
 */
export interface PlanEnvironmentRecord extends Omit<PlanEnvironment, 'status' | 'checklist'> {
  ticks: Partial<Record<ChecklistItemId, { doneBy: Actor; doneAt: string }>>;
  /** Who started the execution: a cloud upgrade that waited for its schedule runs in their name. */
  requestedBy: Actor | null;
  /** Every application published in the new version so far (gradual publications add up). */
  publishedApps: string[];
  publication: Publication | null;
}

export interface PlanRecord extends Omit<
  UpgradePlan,
  'publishMode' | 'blockers' | 'environments' | 'warnings'
> {
  /** The blockers found when the plan was made; the view says which are resolved now. */
  blockers: Omit<PlanBlocker, 'resolved'>[];
  environments: PlanEnvironmentRecord[];
  changes: ChangeReview[];
  /** Who changed it last and how: a stale edit's 409 says it. */
  lastChange: { by: Actor; what: string } | null;
}

export interface PlatformState {
  infrastructures: InfrastructureRecord[];
  platformEnvironments: EnvironmentRecord[];
  platformReleases: PlatformRelease[];
  upgradePlans: PlanRecord[];
  stagings: Staging[];
  /** By environment id (LifeTime's too). */
  platformFaults: Record<string, PlatformFaults>;
}

export function findInfrastructure(db: PlatformState, id: string) {
  return db.infrastructures.find((i) => i.id === id);
}

export function findEnvironment(db: PlatformState, id: string) {
  return db.platformEnvironments.find((e) => e.id === id);
}

/** The application environments of an infrastructure, in staging order. */
export function environmentsOf(db: PlatformState, infrastructureId: string): EnvironmentRecord[] {
  return db.platformEnvironments
    .filter((e) => e.infrastructureId === infrastructureId)
    .sort((a, b) => a.stagingOrder - b.stagingOrder);
}

/** The infrastructure's plan not finished yet, if any (at most one: a second is a 409). */
export function openPlanOf(db: PlatformState, infrastructureId: string) {
  return db.upgradePlans.find(
    (p) => p.infrastructureId === infrastructureId && p.status === 'open',
  );
}
