import * as z from 'zod/mini';
import { atLeast, Comment, Id, PageQuery, pageOf, SortDirection, Timestamp } from './common';

export const ApplicationStatus = z.enum([
  'running',
  'deploying',
  'upgrading',
  'degraded',
  'failed',
  'stopped',
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const DeployedVia = z.enum(['deployment-service', 'helm']);
export type DeployedVia = z.infer<typeof DeployedVia>;

export const ApplicationSummary = z
  .object({
    id: Id,
    name: z.string(),
    project: z.object({ id: Id, name: z.string() }),
    projectVersion: atLeast(1),
    applicationVersion: atLeast(1),
    latestProjectVersion: atLeast(1),
    upgradeAvailable: z.boolean(),
    status: ApplicationStatus,
    deployedVia: DeployedVia,
    updatedAt: Timestamp,
    revision: atLeast(1),
  })
  .register(z.globalRegistry, { id: 'ApplicationSummary' });
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const applicationSortFields = [
  'name',
  'project',
  'projectVersion',
  'applicationVersion',
  'status',
  'deployedVia',
  'updatedAt',
] as const;
export const ApplicationSortField = z.enum(applicationSortFields);
export type ApplicationSortField = z.infer<typeof ApplicationSortField>;

/** A repeated query parameter arrives as a string when given once. */
const oneOrMany = <T extends z.core.SomeType>(item: T) =>
  z.optional(
    z.pipe(
      z.transform((v: unknown) => (v === undefined || Array.isArray(v) ? v : [v])),
      z.array(item),
    ),
  );

const booleanParam = z.pipe(
  z.enum(['true', 'false']),
  z.transform((v) => v === 'true'),
);

const WHOLE_NUMBER = 'Must be a whole number, 1 or more';
/** A version number in the query string: "4". */
const versionParam = z.coerce
  .number({ error: WHOLE_NUMBER })
  .check(z.int({ error: WHOLE_NUMBER }), z.gte(1, { error: WHOLE_NUMBER }), z.lte(999_999_999));

export const ApplicationListQuery = z.extend(PageQuery, {
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  status: oneOrMany(ApplicationStatus),
  /** Project ids; an id no project has is a 400. */
  project: oneOrMany(Id.check(z.maxLength(100))),
  /** The released project version deployed. */
  projectVersion: z.optional(versionParam),
  applicationVersion: z.optional(versionParam),
  deployedVia: z.optional(DeployedVia),
  upgradeAvailable: z.optional(booleanParam),
  sort: z._default(ApplicationSortField, 'name'),
  order: z._default(SortDirection, 'asc'),
});
export type ApplicationListQuery = z.input<typeof ApplicationListQuery>;
export type ApplicationListParams = z.output<typeof ApplicationListQuery>;

export const ApplicationPage = pageOf(ApplicationSummary, 'ApplicationPage');
export type ApplicationPage = z.infer<typeof ApplicationPage>;

/** A project applications are deployed from, with its released versions in ascending order. */
export const Project = z
  .object({
    id: Id,
    name: z.string(),
    releasedVersions: z.array(atLeast(1)),
  })
  .register(z.globalRegistry, { id: 'Project' });
export type Project = z.infer<typeof Project>;

export const ProjectList = z
  .object({ items: z.array(Project) })
  .register(z.globalRegistry, { id: 'ProjectList' });
export type ProjectList = z.infer<typeof ProjectList>;

export const ApplicationIdParams = z.object({ applicationId: Id });

export const AccessAssignment = z.object({
  users: z.array(Id),
  groups: z.array(Id),
});
export type AccessAssignment = z.infer<typeof AccessAssignment>;

/** Who administers an application and who may use it. */
export const ApplicationAccess = z
  .object({
    applicationId: Id,
    revision: atLeast(1),
    admins: AccessAssignment,
    users: AccessAssignment,
  })
  .register(z.globalRegistry, { id: 'ApplicationAccess' });
export type ApplicationAccess = z.infer<typeof ApplicationAccess>;

export const ApplicationAccessUpdate = z
  .object({
    revision: atLeast(1),
    admins: AccessAssignment,
    users: AccessAssignment,
    comment: z.optional(Comment),
  })
  .register(z.globalRegistry, { id: 'ApplicationAccessUpdate' });
export type ApplicationAccessUpdate = z.infer<typeof ApplicationAccessUpdate>;

/** What a readiness check operation reports in its `result`. */
export const ReadinessCheckResult = z
  .object({
    upgradable: z.boolean(),
    reason: z.optional(z.string()),
    targets: z.array(z.object({ projectVersion: z.int(), applicationVersion: z.int() })),
  })
  .register(z.globalRegistry, { id: 'ReadinessCheckResult' });
export type ReadinessCheckResult = z.infer<typeof ReadinessCheckResult>;
