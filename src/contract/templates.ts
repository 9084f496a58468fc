import * as z from 'zod/mini';
import { Actor, Id, PageQuery, pageOf, SortDirection, Timestamp, VERSION_PATTERN } from './common';
import { SECRET_VALUE_NOTE } from './secrets';

/**
 * Template versions (seed "Application template upgrade"): numbers separated by dots, compared
 * segment by segment as numbers, so 1.10 > 1.9 > 1.1 > 1.0. A missing segment counts as 0
 * (1.1 = 1.1.0); no leading zeros, so every version has one spelling.
 */
export const TEMPLATE_VERSION_PATTERN = VERSION_PATTERN;

export const TemplateVersionNumber = z
  .string()
  .check(
    z.regex(
      TEMPLATE_VERSION_PATTERN,
      'Give a version such as 1.1 or 1.10: numbers separated by dots',
    ),
  )
  .register(z.globalRegistry, {
    description:
      'A template version: 1 to 4 numbers separated by dots, compared segment by segment as numbers (1.10 > 1.9 > 1.1 > 1.0)',
  });

/** A component's name: unique within a version, the key the diff matches components by. */
export const ComponentName = z
  .string()
  .check(z.regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, 'Lower-case letters, digits and dashes'))
  .register(z.globalRegistry, {
    description: 'Unique within a template version; components are matched by name',
  });

export const TemplatePort = z
  .object({
    port: z.int().check(z.gte(1), z.lte(65535)),
    protocol: z.enum(['http', 'tcp', 'udp']),
    public: z
      .boolean()
      .register(z.globalRegistry, { description: 'Reachable from outside the application' }),
  })
  .register(z.globalRegistry, { id: 'TemplatePort' });
export type TemplatePort = z.infer<typeof TemplatePort>;

export const TemplateVolume = z
  .object({
    name: z.string().check(z.minLength(1)),
    mountPath: z.string().check(z.minLength(1)),
    sizeGiB: z.int().check(z.gte(1)),
  })
  .register(z.globalRegistry, { id: 'TemplateVolume' });
export type TemplateVolume = z.infer<typeof TemplateVolume>;

export const TemplateResources = z
  .object({
    cpuMillicores: z.int().check(z.gte(0)),
    memoryMiB: z.int().check(z.gte(0)),
  })
  .register(z.globalRegistry, { id: 'TemplateResources' });
export type TemplateResources = z.infer<typeof TemplateResources>;

const probeTiming = {
  initialDelaySeconds: z.int().check(z.gte(0)),
  periodSeconds: z.int().check(z.gte(1)),
};

export const TemplateHealthProbe = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('http'),
      port: z.int().check(z.gte(1), z.lte(65535)),
      path: z.string(),
      ...probeTiming,
    }),
    z.object({
      kind: z.literal('tcp'),
      port: z.int().check(z.gte(1), z.lte(65535)),
      ...probeTiming,
    }),
    z.object({
      kind: z.literal('command'),
      command: z
        .string()
        .check(z.minLength(1))
        .register(z.globalRegistry, { description: 'May span several lines' }),
      ...probeTiming,
    }),
  ])
  .register(z.globalRegistry, { id: 'TemplateHealthProbe' });
export type TemplateHealthProbe = z.infer<typeof TemplateHealthProbe>;

export const TemplateComponent = z
  .object({
    name: ComponentName,
    image: z
      .string()
      .check(z.minLength(1))
      .register(z.globalRegistry, { description: 'Image repository, without the tag' }),
    tag: z.string().check(z.minLength(1)),
    env: z.record(z.string(), z.string()).register(z.globalRegistry, {
      description: `Environment variables by key. ${SECRET_VALUE_NOTE}`,
    }),
    ports: z
      .array(TemplatePort)
      .register(z.globalRegistry, { description: 'Sorted by port number, each once' }),
    volumes: z
      .array(TemplateVolume)
      .register(z.globalRegistry, { description: 'Sorted by name, each once' }),
    dependencies: z.array(ComponentName).register(z.globalRegistry, {
      description: 'Names of the components it depends on, sorted, each once',
    }),
    resources: TemplateResources,
    probe: z.nullable(TemplateHealthProbe),
  })
  .register(z.globalRegistry, { id: 'TemplateComponent' });
export type TemplateComponent = z.infer<typeof TemplateComponent>;

export const TemplateRelease = z
  .object({
    version: TemplateVersionNumber,
    publishedAt: Timestamp,
    publisher: Actor,
    notes: z.string(),
    componentCount: z.int().check(z.gte(0)),
  })
  .register(z.globalRegistry, {
    id: 'TemplateRelease',
    description: 'A release record: one published version',
  });
export type TemplateRelease = z.infer<typeof TemplateRelease>;

export const TemplateSummary = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string(),
    latestVersion: TemplateVersionNumber,
    latestPublishedAt: Timestamp,
    versionCount: z.int().check(z.gte(1)),
    componentCount: z
      .int()
      .check(z.gte(0))
      .register(z.globalRegistry, { description: 'In the latest version' }),
    hasUnpublishedChanges: z.boolean().register(z.globalRegistry, {
      description: 'The source application differs from the latest version',
    }),
    installedCount: z.int().check(z.gte(0)),
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'TemplateSummary' });
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const templateSortFields = ['name', 'latestVersion', 'componentCount', 'updatedAt'] as const;
export const TemplateSortField = z.enum(templateSortFields);
export type TemplateSortField = z.infer<typeof TemplateSortField>;

export const TemplateListQuery = z.object({
  ...PageQuery.shape,
  q: z
    .optional(z.string().check(z.trim(), z.maxLength(100)))
    .register(z.globalRegistry, { description: 'Part of the name' }),
  sort: z._default(TemplateSortField, 'name'),
  order: z._default(SortDirection, 'asc'),
});
export type TemplateListQuery = z.input<typeof TemplateListQuery>;

export const TemplatePage = pageOf(TemplateSummary, 'TemplatePage');
export type TemplatePage = z.infer<typeof TemplatePage>;

export const TemplateParams = z.object({ templateId: Id });
export const TemplateVersionParams = z.object({ templateId: Id, version: TemplateVersionNumber });
