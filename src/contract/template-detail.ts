import * as z from 'zod/mini';
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
          .register(z.globalRegistry, {
            description: 'Added, changed and removed components, by name',
          }),
      })
      .register(z.globalRegistry, {
        description:
          'How the source application differs from the latest version: what publishing would release',
      }),
    publishing: z
      .nullable(z.object({ operationId: Id, version: TemplateVersionNumber, startedBy: Actor }))
      .register(z.globalRegistry, {
        description: 'The publish running now, if any (one at a time)',
      }),
  })
  .register(z.globalRegistry, {
    id: 'TemplateSourceApplication',
    description: 'The application the template is published from',
  });
export type SourceApplication = z.infer<typeof SourceApplication>;

export const TemplateDetail = z
  .extend(TemplateSummary, {
    revision: z.int().check(z.gte(1)).register(z.globalRegistry, {
      description: 'Changes with every publish; send it when publishing',
    }),
    releases: z
      .array(TemplateRelease)
      .register(z.globalRegistry, { description: 'The release records, newest first' }),
    source: SourceApplication,
  })
  .register(z.globalRegistry, { id: 'TemplateDetail' });
export type TemplateDetail = z.infer<typeof TemplateDetail>;

export const TemplateVersionDetail = z
  .extend(TemplateRelease, {
    templateId: Id,
    components: z
      .array(TemplateComponent)
      .register(z.globalRegistry, { description: 'Sorted by name' }),
  })
  .register(z.globalRegistry, { id: 'TemplateVersionDetail' });
export type TemplateVersionDetail = z.infer<typeof TemplateVersionDetail>;

/** Publish the source application as a new version: greater than the latest, or a 422. */
export const PublishTemplateVersionRequest = z
  .object({
    revision: z
      .int()
      .check(z.gte(1))
      .register(z.globalRegistry, { description: "The template's revision when read" }),
    version: TemplateVersionNumber,
    notes: z.string().check(z.trim(), z.maxLength(2000)),
  })
  .register(z.globalRegistry, { id: 'PublishTemplateVersionRequest' });
export type PublishTemplateVersionRequest = z.infer<typeof PublishTemplateVersionRequest>;
