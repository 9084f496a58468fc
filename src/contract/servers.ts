import * as z from 'zod/mini';
import { Id, PageQuery, pageOf, SortDirection, Timestamp, VERSION_PATTERN } from './common';

/**
 * Self-hosted Appcircle servers (seed "Upgrade Server"): what `./ac-self-hosted.sh -n <project>
 * version` and `check` tell about an installation, and the releases it can move to.
 */

/** Package versions: numbers separated by dots (3.7.2, 3.8.1). */
export const ServerVersion = z
  .string()
  .check(z.regex(VERSION_PATTERN, 'Give a version such as 3.8.1: numbers separated by dots'));

/** A container image digest as Docker prints it. */
export const ImageHash = z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/));

export const ServiceStatus = z.enum(['healthy', 'unhealthy', 'stopped', 'unknown']);
export type ServiceStatus = z.infer<typeof ServiceStatus>;

export const ServerService = z.object({
  service: z.string(),
  image: z.string(),
  tag: z.string(),
  hash: ImageHash,
  /** As the last `check` saw it; unknown before the first check. */
  status: ServiceStatus,
});
export type ServerService = z.infer<typeof ServerService>;

export const Runner = z.object({
  name: z.string(),
  version: ServerVersion,
});
export type Runner = z.infer<typeof Runner>;

export const Subdomain = z.object({ service: z.string(), host: z.string() });
export type Subdomain = z.infer<typeof Subdomain>;

/** running: serving; down: containers stopped (unreachable); never-pulled: no images yet. */
export const ServerState = z.enum(['running', 'down', 'never-pulled']);
export type ServerState = z.infer<typeof ServerState>;

export const ServerSummary = z
  .object({
    id: Id,
    name: z.string(),
    /** The script's `-n` value. */
    project: z.string(),
    /** Null when no images were ever pulled: `version` prints the script version only. */
    packageVersion: z.nullable(ServerVersion),
    scriptVersion: ServerVersion,
    state: ServerState,
    latestVersion: ServerVersion,
    upgradeAvailable: z.boolean(),
    runnersBelowMinimum: z.int().check(z.gte(0)),
    /** The upgrade not finished yet, if any. */
    activeUpgradeId: z.nullable(Id),
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'ServerSummary' });
export type ServerSummary = z.infer<typeof ServerSummary>;

export const ProjectFile = z.object({
  path: z.string(),
  /** Secret files are listed, never shown. */
  secret: z.boolean(),
});

export const ServerDetail = z
  .extend(ServerSummary, {
    services: z.array(ServerService),
    lastCheckAt: z.nullable(Timestamp),
    runners: z.array(Runner),
    subdomains: z.array(Subdomain),
    files: z.array(ProjectFile),
  })
  .register(z.globalRegistry, { id: 'ServerDetail' });
export type ServerDetail = z.infer<typeof ServerDetail>;

export const ServerSortField = z.enum(['name', 'packageVersion', 'updatedAt']);
export type ServerSortField = z.infer<typeof ServerSortField>;

export const ServerListQuery = z.object({
  ...PageQuery.shape,
  q: z
    .optional(z.string().check(z.trim(), z.maxLength(100)))
    .register(z.globalRegistry, { description: 'Part of the name or project' }),
  upgradeAvailable: z.optional(
    z.pipe(
      z.enum(['true', 'false']),
      z.transform((v) => v === 'true'),
    ),
  ),
  sort: z._default(ServerSortField, 'name'),
  order: z._default(SortDirection, 'asc'),
});
export type ServerListQuery = z.input<typeof ServerListQuery>;
export type ServerListParams = z.output<typeof ServerListQuery>;

export const ServerPage = pageOf(ServerSummary, 'ServerPage');
export type ServerPage = z.infer<typeof ServerPage>;

export const ConfigOption = z.object({
  key: z.string(),
  description: z.string(),
  example: z.string(),
});
export type ConfigOption = z.infer<typeof ConfigOption>;

export const PackageUpdate = z.object({ name: z.string(), version: z.string() });
export type PackageUpdate = z.infer<typeof PackageUpdate>;

export const ReleaseImage = z.object({
  service: z.string(),
  image: z.string(),
  /** Before 3.7.2 each image had its own tag; from then on it is the release version. */
  tag: z.string(),
  hash: ImageHash,
});
export type ReleaseImage = z.infer<typeof ReleaseImage>;

export const ServerRelease = z
  .object({
    version: ServerVersion,
    publishedAt: Timestamp,
    notes: z.array(z.string()),
    newSubdomains: z.array(Subdomain),
    configOptions: z.array(ConfigOption),
    minRunnerVersion: z.nullable(ServerVersion),
    packageUpdates: z.array(PackageUpdate),
    /** Every service's image in this release. */
    images: z.array(ReleaseImage),
  })
  .register(z.globalRegistry, { id: 'ServerRelease' });
export type ServerRelease = z.infer<typeof ServerRelease>;

export const ServerReleaseList = z
  .object({ items: z.array(ServerRelease) })
  .register(z.globalRegistry, { id: 'ServerReleaseList' });

export const ServerParams = z.object({ serverId: Id });
