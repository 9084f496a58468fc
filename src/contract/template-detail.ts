import { z } from 'zod';
import { Actor, Id, Timestamp } from './common';
import { ComponentChange, DiffSummary } from './template-diff';
import {
  ComponentName,
  TemplateComponent,
  TemplateRelease,
  TemplateSummary,
  TemplateVersionNumber,
} from './templates';

export const SourceApplication = z
  .object({
    name: z.string(),
    updatedAt: Timestamp,
    unpublishedChanges: z
      .object({
        summary: DiffSummary,
        components: z
          .array(z.object({ name: ComponentName, change: ComponentChange }))
          .meta({ description: 'Added, changed and removed components, by name' }),
      })
      .meta({
        description:
          'How the source application differs from the latest version: what publishing would release',
      }),
    publishing: z
      .object({ operationId: Id, version: TemplateVersionNumber, startedBy: Actor })
      .nullable()
      .meta({ description: 'The publish running now, if any (one at a time)' }),
  })
  .meta({
    id: 'TemplateSourceApplication',
    description: 'The application the template is published from',
  });
export type SourceApplication = z.infer<typeof SourceApplication>;

export const TemplateDetail = TemplateSummary.extend({
  revision: z
    .number()
    .int()
    .min(1)
    .meta({ description: 'Changes with every publish; send it when publishing' }),
  releases: z.array(TemplateRelease).meta({ description: 'The release records, newest first' }),
  source: SourceApplication,
}).meta({ id: 'TemplateDetail' });
export type TemplateDetail = z.infer<typeof TemplateDetail>;

export const TemplateVersionDetail = TemplateRelease.extend({
  templateId: Id,
  components: z.array(TemplateComponent).meta({ description: 'Sorted by name' }),
}).meta({ id: 'TemplateVersionDetail' });
export type TemplateVersionDetail = z.infer<typeof TemplateVersionDetail>;

/** Publish the source application as a new version: greater than the latest, or a 422. */
export const PublishTemplateVersionRequest = z
  .object({
    revision: z.number().int().min(1).meta({ description: "The template's revision when read" }),
    version: TemplateVersionNumber,
    notes: z.string().trim().max(2000),
  })
  .meta({ id: 'PublishTemplateVersionRequest' });
export type PublishTemplateVersionRequest = z.infer<typeof PublishTemplateVersionRequest>;
