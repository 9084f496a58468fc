import { z } from 'zod';
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
  .regex(TEMPLATE_VERSION_PATTERN, 'Give a version such as 1.1 or 1.10: numbers separated by dots')
  .meta({
    description:
      'A template version: 1 to 4 numbers separated by dots, compared segment by segment as numbers (1.10 > 1.9 > 1.1 > 1.0)',
  });

/** A component's name: unique within a version, the key the diff matches components by. */
export const ComponentName = z
  .string()
  .regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, 'Lower-case letters, digits and dashes')
  .meta({ description: 'Unique within a template version; components are matched by name' });

export const TemplatePort = z
  .object({
    port: z.number().int().min(1).max(65535),
    protocol: z.enum(['http', 'tcp', 'udp']),
    public: z.boolean().meta({ description: 'Reachable from outside the application' }),
  })
  .meta({ id: 'TemplatePort' });
export type TemplatePort = z.infer<typeof TemplatePort>;

export const TemplateVolume = z
  .object({
    name: z.string().min(1),
    mountPath: z.string().min(1),
    sizeGiB: z.number().int().min(1),
  })
  .meta({ id: 'TemplateVolume' });
export type TemplateVolume = z.infer<typeof TemplateVolume>;

export const TemplateResources = z
  .object({
    cpuMillicores: z.number().int().min(0),
    memoryMiB: z.number().int().min(0),
  })
  .meta({ id: 'TemplateResources' });
export type TemplateResources = z.infer<typeof TemplateResources>;

const probeTiming = {
  initialDelaySeconds: z.number().int().min(0),
  periodSeconds: z.number().int().min(1),
};

export const TemplateHealthProbe = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('http'),
      port: z.number().int().min(1).max(65535),
      path: z.string(),
      ...probeTiming,
    }),
    z.object({ kind: z.literal('tcp'), port: z.number().int().min(1).max(65535), ...probeTiming }),
    z.object({
      kind: z.literal('command'),
      command: z.string().min(1).meta({ description: 'May span several lines' }),
      ...probeTiming,
    }),
  ])
  .meta({ id: 'TemplateHealthProbe' });
export type TemplateHealthProbe = z.infer<typeof TemplateHealthProbe>;

export const TemplateComponent = z
  .object({
    name: ComponentName,
    image: z.string().min(1).meta({ description: 'Image repository, without the tag' }),
    tag: z.string().min(1),
    env: z.record(z.string(), z.string()).meta({
      description: `Environment variables by key. ${SECRET_VALUE_NOTE}`,
    }),
    ports: z.array(TemplatePort).meta({ description: 'Sorted by port number, each once' }),
    volumes: z.array(TemplateVolume).meta({ description: 'Sorted by name, each once' }),
    dependencies: z
      .array(ComponentName)
      .meta({ description: 'Names of the components it depends on, sorted, each once' }),
    resources: TemplateResources,
    probe: TemplateHealthProbe.nullable(),
  })
  .meta({ id: 'TemplateComponent' });
export type TemplateComponent = z.infer<typeof TemplateComponent>;

export const TemplateRelease = z
  .object({
    version: TemplateVersionNumber,
    publishedAt: Timestamp,
    publisher: Actor,
    notes: z.string(),
    componentCount: z.number().int().min(0),
  })
  .meta({ id: 'TemplateRelease', description: 'A release record: one published version' });
export type TemplateRelease = z.infer<typeof TemplateRelease>;

export const TemplateSummary = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string(),
    latestVersion: TemplateVersionNumber,
    latestPublishedAt: Timestamp,
    versionCount: z.number().int().min(1),
    componentCount: z.number().int().min(0).meta({ description: 'In the latest version' }),
    hasUnpublishedChanges: z
      .boolean()
      .meta({ description: 'The source application differs from the latest version' }),
    installedCount: z.number().int().min(0),
    updatedAt: Timestamp,
  })
  .meta({ id: 'TemplateSummary' });
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const templateSortFields = ['name', 'latestVersion', 'componentCount', 'updatedAt'] as const;
export const TemplateSortField = z.enum(templateSortFields);
export type TemplateSortField = z.infer<typeof TemplateSortField>;

export const TemplateListQuery = z.object({
  ...PageQuery.shape,
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the name' }),
  sort: TemplateSortField.default('name'),
  order: z._default(SortDirection, 'asc'),
});
export type TemplateListQuery = z.input<typeof TemplateListQuery>;

export const TemplatePage = pageOf(TemplateSummary, 'TemplatePage');
export type TemplatePage = z.infer<typeof TemplatePage>;

export const TemplateParams = z.object({ templateId: Id });
export const TemplateVersionParams = z.object({ templateId: Id, version: TemplateVersionNumber });
