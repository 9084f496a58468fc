import * as z from 'zod/mini';
import { Id, Timestamp, VERSION_PATTERN } from './common';

/**
 * OutSystems infrastructures (seed "Upgrade OutSystems platform"): the LifeTime management console
 * and the application environments whose Platform Server is upgraded, with the releases between.
 */

/** Platform Server versions as OutSystems names them: 9.1, 10, 11, 11.10.0, 11.19.0. */
export const PlatformVersion = z
  .string()
  .check(z.regex(VERSION_PATTERN, 'Give a version such as 11.19.0: numbers separated by dots'));

/** An environment's place in the applications' staging lifecycle. */
export const EnvironmentRole = z.enum(['development', 'testing', 'pre-production', 'production']);
export type EnvironmentRole = z.infer<typeof EnvironmentRole>;

/** cloud: OutSystems upgrades it on request; self-managed: on-premises or private cloud. */
export const Hosting = z.enum(['cloud', 'self-managed']);
export type Hosting = z.infer<typeof Hosting>;

export const FrontEnd = z.object({ name: z.string(), enabled: z.boolean() });
export type FrontEnd = z.infer<typeof FrontEnd>;

export const Zone = z.object({ name: z.string(), frontEnds: z.array(FrontEnd) });
export type Zone = z.infer<typeof Zone>;

export const AppKind = z.enum(['web', 'mobile', 'reactive']);
export type AppKind = z.infer<typeof AppKind>;

export const PlatformApp = z.object({ name: z.string(), kind: AppKind, modules: z.int() });
export type PlatformApp = z.infer<typeof PlatformApp>;

export const ForgeComponent = z.object({
  name: z.string(),
  installedVersion: z.string(),
  /** Newer than installed: worth upgrading with the platform (seed: "take the opportunity"). */
  latestVersion: z.string(),
});
export type ForgeComponent = z.infer<typeof ForgeComponent>;

/** The seed's modules preparation: runs after the upgrade, outside the maintenance window. */
export const ModulePreparation = z.object({
  status: z.enum(['not-started', 'running', 'done', 'failed']),
  prepared: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
  /** The module it stopped at, when failed. */
  failedModule: z.nullable(z.string()),
  operationId: z.nullable(Id),
});
export type ModulePreparation = z.infer<typeof ModulePreparation>;

export const PlatformEnvironment = z
  .object({
    id: Id,
    infrastructureId: Id,
    name: z.string(),
    role: EnvironmentRole,
    /** 1-based place in the staging lifecycle (Development 1 … Production 4). */
    stagingOrder: z.int().check(z.gte(1)),
    platformVersion: PlatformVersion,
    hosting: Hosting,
    zones: z.array(Zone),
    maintenanceMode: z.boolean(),
    /** Null until an upgrade to 11.12.0 or later asks for it. */
    modulePreparation: z.nullable(ModulePreparation),
    apps: z.array(PlatformApp),
    forgeComponents: z.array(ForgeComponent),
    /** Developers publishing here: they need the matching Service Studio and Integration Studio. */
    developers: z.int().check(z.gte(0)),
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'PlatformEnvironment' });
export type PlatformEnvironment = z.infer<typeof PlatformEnvironment>;

export const LifeTime = z.object({
  /** Plans list LifeTime beside the environments under this id. */
  id: Id,
  version: PlatformVersion,
  /** From 11, LifeTime is supported only in a dedicated environment. */
  dedicated: z.boolean(),
  /** The application environment it shares, when not dedicated. */
  hostEnvironmentId: z.nullable(Id),
  hosting: Hosting,
});
export type LifeTime = z.infer<typeof LifeTime>;

/** A development sprint: an upgrade sprint should never break one. */
export const Sprint = z.object({ name: z.string(), startsAt: Timestamp, endsAt: Timestamp });
export type Sprint = z.infer<typeof Sprint>;

export const Infrastructure = z
  .object({
    id: Id,
    name: z.string(),
    lifeTime: LifeTime,
    /** In staging order. */
    environments: z.array(PlatformEnvironment),
    sprints: z.array(Sprint),
    /** The plan not finished yet, if any. */
    activePlanId: z.nullable(Id),
  })
  .register(z.globalRegistry, { id: 'Infrastructure' });
export type Infrastructure = z.infer<typeof Infrastructure>;

export const InfrastructureList = z
  .object({ items: z.array(Infrastructure) })
  .register(z.globalRegistry, { id: 'InfrastructureList' });

export const BreakingChange = z.object({
  id: Id,
  /** The release that brings it. */
  version: PlatformVersion,
  title: z.string(),
  detail: z.string(),
  /** Side effects change behaviour without breaking the build; breaking changes need code fixes. */
  kind: z.enum(['breaking-change', 'side-effect']),
  area: z.string(),
});
export type BreakingChange = z.infer<typeof BreakingChange>;

export const PlatformRelease = z
  .object({
    version: PlatformVersion,
    publishedAt: Timestamp,
    whatsNew: z.array(z.string()),
    releaseNotes: z.array(z.string()),
    breakingChanges: z.array(BreakingChange),
  })
  .register(z.globalRegistry, { id: 'PlatformRelease' });
export type PlatformRelease = z.infer<typeof PlatformRelease>;

/** Absent bounds: every release. With both: the releases crossed, (from, to], oldest first. */
export const PlatformReleaseQuery = z.object({
  from: z.optional(PlatformVersion),
  to: z.optional(PlatformVersion),
});

export const PlatformReleaseList = z
  .object({ items: z.array(PlatformRelease) })
  .register(z.globalRegistry, { id: 'PlatformReleaseList' });

/**
 * Applications move between environments only on the same Platform Server version (seed:
 * "you can't stage applications between environments in different versions").
 */
export const StagingRequest = z.object({
  application: z.string().check(z.minLength(1), z.maxLength(100)),
  fromEnvironmentId: Id,
  toEnvironmentId: Id,
  /** The fix being moved on; kept open as a backport to the environments already upgraded. */
  note: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
});

export const Staging = z
  .object({
    id: Id,
    application: z.string(),
    fromEnvironmentId: Id,
    toEnvironmentId: Id,
    note: z.string(),
    /** Environments the fix must be backported to (already on the new version). */
    backportTo: z.array(Id),
    stagedBy: z.object({ id: Id, name: z.string() }),
    stagedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'Staging' });
export type Staging = z.infer<typeof Staging>;

export const StagingList = z
  .object({ items: z.array(Staging) })
  .register(z.globalRegistry, { id: 'StagingList' });

export const MaintenanceModeRequest = z.object({ enabled: z.boolean() });

export const EnvironmentParams = z.object({ environmentId: Id });
