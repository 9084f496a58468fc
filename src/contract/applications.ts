import { z } from 'zod';
import { Comment, Id, PageQuery, pageOf, SortDirection, Timestamp } from './common';

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
    projectVersion: z.number().int().min(1),
    applicationVersion: z.number().int().min(1),
    latestProjectVersion: z.number().int().min(1),
    upgradeAvailable: z.boolean(),
    status: ApplicationStatus,
    deployedVia: DeployedVia,
    updatedAt: Timestamp,
    revision: z.number().int().min(1),
  })
  .meta({ id: 'ApplicationSummary' });
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
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item)).optional();

const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

const WHOLE_NUMBER = 'Must be a whole number, 1 or more';
/** A version number in the query string: "4". */
const versionParam = z.coerce
  .number({ error: WHOLE_NUMBER })
  .int({ error: WHOLE_NUMBER })
  .min(1, { error: WHOLE_NUMBER })
  .max(999_999_999);

export const ApplicationListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: oneOrMany(ApplicationStatus),
  /** Project ids; an id no project has is a 400. */
  project: oneOrMany(Id.max(100)),
  /** The released project version deployed. */
  projectVersion: versionParam.optional(),
  applicationVersion: versionParam.optional(),
  deployedVia: DeployedVia.optional(),
  upgradeAvailable: booleanParam.optional(),
  sort: ApplicationSortField.default('name'),
  order: SortDirection.default('asc'),
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
    releasedVersions: z.array(z.number().int().min(1)),
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof Project>;

export const ProjectList = z.object({ items: z.array(Project) }).meta({ id: 'ProjectList' });
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
    revision: z.number().int().min(1),
    admins: AccessAssignment,
    users: AccessAssignment,
  })
  .meta({ id: 'ApplicationAccess' });
export type ApplicationAccess = z.infer<typeof ApplicationAccess>;

export const ApplicationAccessUpdate = z
  .object({
    revision: z.number().int().min(1),
    admins: AccessAssignment,
    users: AccessAssignment,
    comment: Comment.optional(),
  })
  .meta({ id: 'ApplicationAccessUpdate' });
export type ApplicationAccessUpdate = z.infer<typeof ApplicationAccessUpdate>;

/** What a readiness check operation reports in its `result`. */
export const ReadinessCheckResult = z
  .object({
    upgradable: z.boolean(),
    reason: z.string().optional(),
    targets: z.array(
      z.object({ projectVersion: z.number().int(), applicationVersion: z.number().int() }),
    ),
  })
  .meta({ id: 'ReadinessCheckResult' });
export type ReadinessCheckResult = z.infer<typeof ReadinessCheckResult>;
