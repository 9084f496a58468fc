import { z } from 'zod';
import { Comment, Id, PageQuery, pageOf, SortDirection, Timestamp } from './common';
import { booleanParam, DiffResult, EntryChange } from './template-diff';
import { ComponentName, TemplateVersionNumber } from './templates';

/** A repeated query parameter arrives as a string when given once. */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item)).optional();

export const UpgradeStatus = z
  .enum([
    'upgrading',
    'upgraded',
    'partially-upgraded',
    'failed',
    'rolling-back',
    'rolled-back',
    'rollback-failed',
  ])
  .meta({
    id: 'TemplateUpgradeStatus',
    description:
      'upgrading: the upgrade runs. upgraded: every change to the target version applied. partially-upgraded: only the chosen components (some changes left out). failed: the upgrade failed and changed nothing. rolling-back: its rollback runs. rolled-back: the chosen components are back at their previous version (components the upgrade added stay). rollback-failed: the rollback failed and restored nothing; it may be tried again.',
  });
export type UpgradeStatus = z.infer<typeof UpgradeStatus>;

export const UpgradeRef = z
  .object({
    upgradeId: Id,
    operationId: Id,
    kind: z.enum(['upgrade', 'rollback']),
    fromVersion: TemplateVersionNumber,
    toVersion: TemplateVersionNumber,
    status: UpgradeStatus,
  })
  .meta({ id: 'TemplateUpgradeRef' });

export const InstalledApplication = z
  .object({
    id: Id,
    name: z.string(),
    template: z.object({ id: Id, name: z.string() }),
    version: TemplateVersionNumber.meta({
      description: 'The template version it was installed at or last upgraded to',
    }),
    latestVersion: TemplateVersionNumber,
    updateAvailable: z.boolean().meta({ description: 'A version newer than `version` exists' }),
    newerVersionCount: z.number().int().min(0),
    lastUpgradeStatus: UpgradeStatus.nullable().meta({
      description: 'Status of its most recent upgrade record, if any',
    }),
    componentCount: z.number().int().min(0),
    updatedAt: Timestamp,
  })
  .meta({ id: 'InstalledApplication' });
export type InstalledApplication = z.infer<typeof InstalledApplication>;

export const InstalledComponent = z
  .object({
    name: ComponentName,
    version: TemplateVersionNumber.meta({
      description: 'The template version whose definition of this component it runs',
    }),
    image: z.string(),
    tag: z.string(),
  })
  .meta({ id: 'InstalledComponent' });

/** One version upgrade management offers, with what upgrading to it would change. */
export const UpgradeOffer = z
  .object({
    version: TemplateVersionNumber,
    changes: z.array(z.object({ name: ComponentName, change: EntryChange })).meta({
      description:
        'The added, changed and removed components of the upgrade diff to this version, by name',
    }),
    keptByRollback: z.array(ComponentName).meta({
      description:
        'Components it would remove that the most recent upgrade added and its rollback kept',
    }),
  })
  .meta({ id: 'TemplateUpgradeOffer' });
export type UpgradeOffer = z.infer<typeof UpgradeOffer>;

export const InstalledApplicationDetail = InstalledApplication.extend({
  revision: z.number().int().min(1).meta({ description: 'Send it when upgrading or rolling back' }),
  inSync: z.boolean().meta({
    description:
      'Every component matches `version` (false after a partial upgrade or a partial rollback)',
  }),
  components: z.array(InstalledComponent).meta({ description: 'Sorted by name' }),
  upgradableVersions: z.array(TemplateVersionNumber).meta({
    description:
      'Upgrade management: the versions it can be upgraded to, newest first: every version newer than `version`, and `version` itself while not in sync',
  }),
  upgradeOffers: z.array(UpgradeOffer).meta({
    description: 'Each of `upgradableVersions`, in that order, with what upgrading to it changes',
  }),
  currentUpgrade: UpgradeRef.nullable().meta({
    description: 'The unfinished upgrade or rollback; another upgrade is refused (409) meanwhile',
  }),
  latestUpgradeId: z.nullable(Id).meta({
    description: 'Its most recent upgrade record, the only one that can be rolled back',
  }),
}).meta({ id: 'InstalledApplicationDetail' });
export type InstalledApplicationDetail = z.infer<typeof InstalledApplicationDetail>;

export const installedSortFields = ['name', 'template', 'version', 'updatedAt'] as const;
export const InstalledSortField = z.enum(installedSortFields);
export type InstalledSortField = z.infer<typeof InstalledSortField>;

export const InstalledApplicationQuery = z.object({
  ...PageQuery.shape,
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the name' }),
  templateId: z.optional(Id.check(z.maxLength(100))),
  updateAvailable: booleanParam.optional(),
  sort: InstalledSortField.default('name'),
  order: z._default(SortDirection, 'asc'),
});
export type InstalledApplicationQuery = z.input<typeof InstalledApplicationQuery>;

export const InstalledApplicationPage = pageOf(InstalledApplication, 'InstalledApplicationPage');

export const InstalledApplicationParams = z.object({ applicationId: Id });
export const UpgradeRecordParams = z.object({ applicationId: Id, upgradeId: Id });

export const UpgradeDiffQuery = z.object({
  to: TemplateVersionNumber,
  ignoreWhitespace: booleanParam.optional(),
});

/** Upgrade details: the application as it runs → the chosen version. */
export const UpgradeDiff = DiffResult.extend({
  applicationId: Id,
  from: TemplateVersionNumber.meta({ description: "The application's version" }),
  to: TemplateVersionNumber,
  ignoreWhitespace: z.boolean(),
  preselected: z
    .array(ComponentName)
    .meta({ description: 'The components to offer checked: the added and the changed ones' }),
}).meta({ id: 'TemplateUpgradeDiff' });
export type UpgradeDiff = z.infer<typeof UpgradeDiff>;

export const StartTemplateUpgradeRequest = z
  .object({
    revision: z.number().int().min(1),
    toVersion: TemplateVersionNumber,
    components: z
      .array(ComponentName)
      .min(1, 'Choose at least one component')
      .meta({ description: 'Added, changed or removed components of the upgrade diff to apply' }),
    comment: z.optional(Comment),
  })
  .meta({ id: 'StartTemplateUpgradeRequest' });
export type StartTemplateUpgradeRequest = z.infer<typeof StartTemplateUpgradeRequest>;

export const StartRollbackRequest = z
  .object({
    revision: z.number().int().min(1),
    components: z
      .array(ComponentName)
      .min(1, 'Choose at least one component')
      .meta({ description: 'Components the upgrade changed or removed, to restore' }),
    comment: z.optional(Comment),
  })
  .meta({ id: 'StartTemplateRollbackRequest' });
export type StartRollbackRequest = z.infer<typeof StartRollbackRequest>;

export const RollbackPreviewQuery = z.object({
  components: oneOrMany(ComponentName).meta({
    description: 'The components to restore; absent: every one that can be',
  }),
  ignoreWhitespace: booleanParam.optional(),
});
export type RollbackPreviewQuery = z.input<typeof RollbackPreviewQuery>;

export const RollbackPreview = z
  .object({
    upgradeId: Id,
    applicationId: Id,
    components: z.array(ComponentName).meta({ description: 'What the rollback would restore' }),
    rollbackable: z.array(ComponentName).meta({
      description: 'Every component it can restore: those the upgrade changed or removed',
    }),
    componentsThatStay: z
      .array(ComponentName)
      .meta({ description: 'Components the upgrade added: a rollback leaves them in place' }),
    notice: z.string().meta({ description: 'What to tell the person, in words' }),
    diff: DiffResult.meta({ description: 'The application now → after the rollback' }),
  })
  .meta({ id: 'TemplateRollbackPreview' });
export type RollbackPreview = z.infer<typeof RollbackPreview>;
