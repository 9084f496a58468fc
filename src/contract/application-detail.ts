import * as z from 'zod/mini';
import { ApplicationSummary } from './applications';
import { Timestamp } from './common';
import { SECRET_VALUE_NOTE } from './secrets';

/** Environment variables: names to string values; secret ones answered masked. */
export const Variables = z.record(z.string(), z.string()).register(z.globalRegistry, {
  description: `Environment variables, names to string values. ${SECRET_VALUE_NOTE}`,
});
export type Variables = z.infer<typeof Variables>;

/** A service of the deployed application. An upgrade never changes its image or variables. */
export const Service = z.object({
  name: z.string(),
  image: z.string(),
  variables: Variables,
});
export type Service = z.infer<typeof Service>;

/** Where the application runs. An upgrade never changes it. */
export const Infrastructure = z.object({
  cluster: z.string(),
  namespace: z.string(),
  replicas: z.int().check(z.gte(1)),
  cpu: z.string(),
  memory: z.string(),
  storageClass: z.string(),
  ingressHost: z.string(),
});
export type Infrastructure = z.infer<typeof Infrastructure>;

export const ConnectorKind = z.enum(['custom', 'out-of-the-box']);
export type ConnectorKind = z.infer<typeof ConnectorKind>;

export const Connector = z.object({
  name: z.string(),
  kind: ConnectorKind,
  /** Out-of-the-box connectors have a type (e.g. "email") that fixes their name and image. */
  type: z.optional(z.string()),
  image: z.string(),
  variables: Variables,
});
export type Connector = z.infer<typeof Connector>;

/** Process and task instances still running on one application version. */
export const RunningWork = z.object({
  applicationVersion: z.int().check(z.gte(1)),
  processInstances: z.int().check(z.gte(0)),
  taskInstances: z.int().check(z.gte(0)),
});
export type RunningWork = z.infer<typeof RunningWork>;

/** A released version of the project, and the connectors its models use. */
export const ProjectRelease = z.object({
  version: z.int().check(z.gte(1)),
  releasedAt: Timestamp,
  connectors: z.array(
    z.object({ name: z.string(), kind: ConnectorKind, type: z.optional(z.string()) }),
  ),
});
export type ProjectRelease = z.infer<typeof ProjectRelease>;

export const ApplicationDetail = z
  .object({
    ...ApplicationSummary.shape,
    services: z.array(Service),
    infrastructure: Infrastructure,
    connectors: z.array(Connector),
    runningWork: z.array(RunningWork),
    releases: z.array(ProjectRelease),
  })
  .register(z.globalRegistry, { id: 'ApplicationDetail' });
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;
