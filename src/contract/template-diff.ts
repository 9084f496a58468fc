import * as z from 'zod/mini';
import { SECRET_MASK } from './secrets';
import {
  ComponentName,
  TemplateComponent,
  TemplateHealthProbe,
  TemplatePort,
  TemplateVersionNumber,
  TemplateVolume,
} from './templates';

/**
 * The version differences of a template, as computed by the one pure function
 * `diffTemplate` (src/features/templates/template-diff.ts) that the console, the simulator and
 * a real backend share.
 */
export const ComponentChange = z
  .enum(['added', 'changed', 'removed', 'unchanged'])
  .register(z.globalRegistry, {
    id: 'TemplateComponentChange',
    description: 'How a component, matched by name, differs from one version to the other',
  });
export type ComponentChange = z.infer<typeof ComponentChange>;

export const EntryChange = z.enum(['added', 'removed', 'changed']);
export type EntryChange = z.infer<typeof EntryChange>;

export const TextSegment = z
  .object({ value: z.string(), kind: z.enum(['same', 'added', 'removed']) })
  .register(z.globalRegistry, {
    id: 'TemplateTextSegment',
    description:
      'Part of a before → after text change, word by word (line by line for text of several lines): "removed" parts are only in before, "added" only in after',
  });
export type TextSegment = z.infer<typeof TextSegment>;

const segments = z.array(TextSegment).register(z.globalRegistry, {
  description: 'Word- or line-level highlighting of a changed text; empty when not applicable',
});

export const FieldChange = z
  .discriminatedUnion('field', [
    z.object({
      field: z.literal('image'),
      change: z.literal('changed'),
      before: z.string(),
      after: z.string(),
      segments,
    }),
    z.object({
      field: z.literal('tag'),
      change: z.literal('changed'),
      before: z.string(),
      after: z.string(),
      segments,
    }),
    z.object({
      field: z.literal('env'),
      key: z.string(),
      change: EntryChange,
      before: z.nullable(z.string()),
      after: z.nullable(z.string()),
      secret: z.boolean().register(z.globalRegistry, {
        description: `The key looks secret: both values are answered as the mask "${SECRET_MASK}", the change is still said (compared on the real values)`,
      }),
      segments: segments.check(z.core.meta({ description: 'Always empty for a secret' })),
    }),
    z.object({
      field: z.literal('ports'),
      key: z.string().register(z.globalRegistry, { description: 'The port number' }),
      change: EntryChange,
      before: z.nullable(TemplatePort),
      after: z.nullable(TemplatePort),
    }),
    z.object({
      field: z.literal('volumes'),
      key: z.string().register(z.globalRegistry, { description: 'The volume name' }),
      change: EntryChange,
      before: z.nullable(TemplateVolume),
      after: z.nullable(TemplateVolume),
    }),
    z.object({
      field: z.literal('dependencies'),
      key: ComponentName,
      change: z.enum(['added', 'removed']),
    }),
    z.object({
      field: z.literal('resources'),
      key: z.enum(['cpuMillicores', 'memoryMiB']),
      change: z.literal('changed'),
      before: z.int(),
      after: z.int(),
    }),
    z.object({
      field: z.literal('probe'),
      change: EntryChange,
      before: z.nullable(TemplateHealthProbe),
      after: z.nullable(TemplateHealthProbe),
      segments: segments.check(
        z.core.meta({ description: 'Over the probe as text (formatProbe)' }),
      ),
    }),
  ])
  .register(z.globalRegistry, {
    id: 'TemplateFieldChange',
    description:
      'One field of a changed component, before → after. Environment variables, ports, volumes and dependencies are compared entry by entry (by key, port number, volume name, component name).',
  });
export type FieldChange = z.infer<typeof FieldChange>;
export type DiffField = FieldChange['field'];

export const ComponentDiff = z
  .object({
    name: ComponentName,
    change: ComponentChange,
    before: z
      .nullable(TemplateComponent)
      .register(z.globalRegistry, { description: 'null when added' }),
    after: z
      .nullable(TemplateComponent)
      .register(z.globalRegistry, { description: 'null when removed' }),
    beforeVersion: z.optional(z.nullable(TemplateVersionNumber)).register(z.globalRegistry, {
      description:
        'The template version whose definition `before` is: where its secret values are revealed (POST /templates/{templateId}/versions/{version}/secrets/reveal)',
    }),
    afterVersion: z.optional(z.nullable(TemplateVersionNumber)).register(z.globalRegistry, {
      description: 'The template version whose definition `after` is, likewise',
    }),
    fields: z.array(FieldChange).register(z.globalRegistry, {
      description: 'Field by field, for a changed component; empty otherwise',
    }),
  })
  .register(z.globalRegistry, { id: 'TemplateComponentDiff' });
export type ComponentDiff = z.infer<typeof ComponentDiff>;

export const DiffSummary = z
  .object({
    added: z.int().check(z.gte(0)),
    changed: z.int().check(z.gte(0)),
    removed: z.int().check(z.gte(0)),
    unchanged: z.int().check(z.gte(0)),
  })
  .register(z.globalRegistry, { id: 'TemplateDiffSummary' });
export type DiffSummary = z.infer<typeof DiffSummary>;

/** What diffTemplate returns: every component of either side, sorted by name. */
export const DiffResult = z.object({
  summary: DiffSummary,
  components: z
    .array(ComponentDiff)
    .register(z.globalRegistry, { description: 'Every component, sorted by name' }),
});
export type DiffResult = z.infer<typeof DiffResult>;

export const TemplateDiff = z
  .extend(DiffResult, {
    templateId: z.string(),
    from: TemplateVersionNumber,
    to: TemplateVersionNumber,
    ignoreWhitespace: z.boolean().register(z.globalRegistry, {
      description:
        'Whitespace-only changes were left out: text values compared trimmed, each run of whitespace as one space',
    }),
  })
  .register(z.globalRegistry, { id: 'TemplateDiff' });
export type TemplateDiff = z.infer<typeof TemplateDiff>;

export const booleanParam = z.pipe(
  z.enum(['true', 'false']),
  z.transform((v) => v === 'true'),
);

export const TemplateDiffQuery = z.object({
  from: TemplateVersionNumber,
  to: TemplateVersionNumber,
  ignoreWhitespace: z.optional(booleanParam).register(z.globalRegistry, {
    description:
      'true: leave out changes in whitespace only (text values compared trimmed, each run of whitespace as one space)',
  }),
});
export type TemplateDiffQuery = z.input<typeof TemplateDiffQuery>;
