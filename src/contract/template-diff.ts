import { z } from 'zod';
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
export const ComponentChange = z.enum(['added', 'changed', 'removed', 'unchanged']).meta({
  id: 'TemplateComponentChange',
  description: 'How a component, matched by name, differs from one version to the other',
});
export type ComponentChange = z.infer<typeof ComponentChange>;

export const EntryChange = z.enum(['added', 'removed', 'changed']);
export type EntryChange = z.infer<typeof EntryChange>;

export const TextSegment = z
  .object({ value: z.string(), kind: z.enum(['same', 'added', 'removed']) })
  .meta({
    id: 'TemplateTextSegment',
    description:
      'Part of a before → after text change, word by word (line by line for text of several lines): "removed" parts are only in before, "added" only in after',
  });
export type TextSegment = z.infer<typeof TextSegment>;

const segments = z.array(TextSegment).meta({
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
      before: z.string().nullable(),
      after: z.string().nullable(),
      secret: z.boolean().meta({
        description: `The key looks secret: both values are answered as the mask "${SECRET_MASK}", the change is still said (compared on the real values)`,
      }),
      segments: segments.meta({ description: 'Always empty for a secret' }),
    }),
    z.object({
      field: z.literal('ports'),
      key: z.string().meta({ description: 'The port number' }),
      change: EntryChange,
      before: TemplatePort.nullable(),
      after: TemplatePort.nullable(),
    }),
    z.object({
      field: z.literal('volumes'),
      key: z.string().meta({ description: 'The volume name' }),
      change: EntryChange,
      before: TemplateVolume.nullable(),
      after: TemplateVolume.nullable(),
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
      before: z.number().int(),
      after: z.number().int(),
    }),
    z.object({
      field: z.literal('probe'),
      change: EntryChange,
      before: TemplateHealthProbe.nullable(),
      after: TemplateHealthProbe.nullable(),
      segments: segments.meta({ description: 'Over the probe as text (formatProbe)' }),
    }),
  ])
  .meta({
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
    before: TemplateComponent.nullable().meta({ description: 'null when added' }),
    after: TemplateComponent.nullable().meta({ description: 'null when removed' }),
    beforeVersion: TemplateVersionNumber.nullable().optional().meta({
      description:
        'The template version whose definition `before` is: where its secret values are revealed (POST /templates/{templateId}/versions/{version}/secrets/reveal)',
    }),
    afterVersion: TemplateVersionNumber.nullable().optional().meta({
      description: 'The template version whose definition `after` is, likewise',
    }),
    fields: z
      .array(FieldChange)
      .meta({ description: 'Field by field, for a changed component; empty otherwise' }),
  })
  .meta({ id: 'TemplateComponentDiff' });
export type ComponentDiff = z.infer<typeof ComponentDiff>;

export const DiffSummary = z
  .object({
    added: z.number().int().min(0),
    changed: z.number().int().min(0),
    removed: z.number().int().min(0),
    unchanged: z.number().int().min(0),
  })
  .meta({ id: 'TemplateDiffSummary' });
export type DiffSummary = z.infer<typeof DiffSummary>;

/** What diffTemplate returns: every component of either side, sorted by name. */
export const DiffResult = z.object({
  summary: DiffSummary,
  components: z.array(ComponentDiff).meta({ description: 'Every component, sorted by name' }),
});
export type DiffResult = z.infer<typeof DiffResult>;

export const TemplateDiff = DiffResult.extend({
  templateId: z.string(),
  from: TemplateVersionNumber,
  to: TemplateVersionNumber,
  ignoreWhitespace: z.boolean().meta({
    description:
      'Whitespace-only changes were left out: text values compared trimmed, each run of whitespace as one space',
  }),
}).meta({ id: 'TemplateDiff' });
export type TemplateDiff = z.infer<typeof TemplateDiff>;

export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const TemplateDiffQuery = z.object({
  from: TemplateVersionNumber,
  to: TemplateVersionNumber,
  ignoreWhitespace: booleanParam.optional().meta({
    description:
      'true: leave out changes in whitespace only (text values compared trimmed, each run of whitespace as one space)',
  }),
});
export type TemplateDiffQuery = z.input<typeof TemplateDiffQuery>;
