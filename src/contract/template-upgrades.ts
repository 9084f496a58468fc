import * as z from 'zod/mini';
import { Comment, Id, PageQuery, pageOf, SortDirection, Timestamp } from './common';
import { booleanParam, DiffResult, EntryChange } from './template-diff';
import { ComponentName, TemplateVersionNumber } from './templates';

/** A repeated query parameter arrives as a string when given once. */
const oneOrMany = <T extends z.core.SomeType>(item: T) =>
  z.optional(
    z.pipe(
      z.transform((v: unknown) => (v === undefined || Array.isArray(v) ? v : [v])),
      z.array(item),
    ),
  );

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
  .register(z.globalRegistry, {
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
  .register(z.globalRegistry, { id: 'TemplateUpgradeRef' });

export const InstalledApplication = z
  .object({
    id: Id,
    name: z.string(),
    template: z.object({ id: Id, name: z.string() }),
    version: TemplateVersionNumber.check(
      z.core.meta({
        description: 'The template version it was installed at or last upgraded to',
      }),
    ),
    latestVersion: TemplateVersionNumber,
    updateAvailable: z
      .boolean()
      .register(z.globalRegistry, { description: 'A version newer than `version` exists' }),
    newerVersionCount: z.int().check(z.gte(0)),
    lastUpgradeStatus: z.nullable(UpgradeStatus).register(z.globalRegistry, {
      description: 'Status of its most recent upgrade record, if any',
    }),
    componentCount: z.int().check(z.gte(0)),
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'InstalledApplication' });
export type InstalledApplication = z.infer<typeof InstalledApplication>;

export const InstalledComponent = z
  .object({
    name: ComponentName,
    version: TemplateVersionNumber.check(
      z.core.meta({
        description: 'The template version whose definition of this component it runs',
      }),
    ),
    image: z.string(),
    tag: z.string(),
  })
  .register(z.globalRegistry, { id: 'InstalledComponent' });

/** One version upgrade management offers, with what upgrading to it would change. */
export const UpgradeOffer = z
  .object({
    version: TemplateVersionNumber,
    changes: z
      .array(z.object({ name: ComponentName, change: EntryChange }))
      .register(z.globalRegistry, {
        description:
          'The added, changed and removed components of the upgrade diff to this version, by name',
      }),
    keptByRollback: z.array(ComponentName).register(z.globalRegistry, {
      description:
        'Components it would remove that the most recent upgrade added and its rollback kept',
    }),
  })
  .register(z.globalRegistry, { id: 'TemplateUpgradeOffer' });
export type UpgradeOffer = z.infer<typeof UpgradeOffer>;

export const InstalledApplicationDetail = z
  .extend(InstalledApplication, {
    revision: z
      .int()
      .check(z.gte(1))
      .register(z.globalRegistry, { description: 'Send it when upgrading or rolling back' }),
    inSync: z.boolean().register(z.globalRegistry, {
      description:
        'Every component matches `version` (false after a partial upgrade or a partial rollback)',
    }),
    components: z
      .array(InstalledComponent)
      .register(z.globalRegistry, { description: 'Sorted by name' }),
    upgradableVersions: z.array(TemplateVersionNumber).register(z.globalRegistry, {
      description:
        'Upgrade management: the versions it can be upgraded to, newest first: every version newer than `version`, and `version` itself while not in sync',
    }),
    upgradeOffers: z.array(UpgradeOffer).register(z.globalRegistry, {
      description: 'Each of `upgradableVersions`, in that order, with what upgrading to it changes',
    }),
    currentUpgrade: z.nullable(UpgradeRef).register(z.globalRegistry, {
      description: 'The unfinished upgrade or rollback; another upgrade is refused (409) meanwhile',
    }),
    latestUpgradeId: z.nullable(Id).register(z.globalRegistry, {
      description: 'Its most recent upgrade record, the only one that can be rolled back',
    }),
  })
  .register(z.globalRegistry, { id: 'InstalledApplicationDetail' });
export type InstalledApplicationDetail = z.infer<typeof InstalledApplicationDetail>;

export const installedSortFields = ['name', 'template', 'version', 'updatedAt'] as const;
export const InstalledSortField = z.enum(installedSortFields);
export type InstalledSortField = z.infer<typeof InstalledSortField>;

export const InstalledApplicationQuery = z.object({
  ...PageQuery.shape,
  q: z
    .optional(z.string().check(z.trim(), z.maxLength(100)))
    .register(z.globalRegistry, { description: 'Part of the name' }),
  templateId: z.optional(Id.check(z.maxLength(100))),
  updateAvailable: z.optional(booleanParam),
  sort: z._default(InstalledSortField, 'name'),
  order: z._default(SortDirection, 'asc'),
});
export type InstalledApplicationQuery = z.input<typeof InstalledApplicationQuery>;

export const InstalledApplicationPage = pageOf(InstalledApplication, 'InstalledApplicationPage');

export const InstalledApplicationParams = z.object({ applicationId: Id });
export const UpgradeRecordParams = z.object({ applicationId: Id, upgradeId: Id });

export const UpgradeDiffQuery = z.object({
  to: TemplateVersionNumber,
  ignoreWhitespace: z.optional(booleanParam),
});

/** Upgrade details: the application as it runs → the chosen version. */
export const UpgradeDiff = z
  .extend(DiffResult, {
    applicationId: Id,
    from: TemplateVersionNumber.check(z.core.meta({ description: "The application's version" })),
    to: TemplateVersionNumber,
    ignoreWhitespace: z.boolean(),
    preselected: z.array(ComponentName).register(z.globalRegistry, {
      description: 'The components to offer checked: the added and the changed ones',
    }),
  })
  .register(z.globalRegistry, { id: 'TemplateUpgradeDiff' });
export type UpgradeDiff = z.infer<typeof UpgradeDiff>;

export const StartTemplateUpgradeRequest = z
  .object({
    revision: z.int().check(z.gte(1)),
    toVersion: TemplateVersionNumber,
    components: z
      .array(ComponentName)
      .check(z.minLength(1, 'Choose at least one component'))
      .register(z.globalRegistry, {
        description: 'Added, changed or removed components of the upgrade diff to apply',
      }),
    comment: z.optional(Comment),
  })
  .register(z.globalRegistry, { id: 'StartTemplateUpgradeRequest' });
export type StartTemplateUpgradeRequest = z.infer<typeof StartTemplateUpgradeRequest>;

export const StartRollbackRequest = z
  .object({
    revision: z.int().check(z.gte(1)),
    components: z
      .array(ComponentName)
      .check(z.minLength(1, 'Choose at least one component'))
      .register(z.globalRegistry, {
        description: 'Components the upgrade changed or removed, to restore',
      }),
    comment: z.optional(Comment),
  })
  .register(z.globalRegistry, { id: 'StartTemplateRollbackRequest' });
export type StartRollbackRequest = z.infer<typeof StartRollbackRequest>;

export const RollbackPreviewQuery = z.object({
  components: oneOrMany(ComponentName).register(z.globalRegistry, {
    description: 'The components to restore; absent: every one that can be',
  }),
  ignoreWhitespace: z.optional(booleanParam),
});
export type RollbackPreviewQuery = z.input<typeof RollbackPreviewQuery>;

export const RollbackPreview = z
  .object({
    upgradeId: Id,
    applicationId: Id,
    components: z
      .array(ComponentName)
      .register(z.globalRegistry, { description: 'What the rollback would restore' }),
    rollbackable: z.array(ComponentName).register(z.globalRegistry, {
      description: 'Every component it can restore: those the upgrade changed or removed',
    }),
    componentsThatStay: z.array(ComponentName).register(z.globalRegistry, {
      description: 'Components the upgrade added: a rollback leaves them in place',
    }),
    notice: z
      .string()
      .register(z.globalRegistry, { description: 'What to tell the person, in words' }),
    diff: DiffResult.check(
      z.core.meta({ description: 'The application now → after the rollback' }),
    ),
  })
  .register(z.globalRegistry, { id: 'TemplateRollbackPreview' });
export type RollbackPreview = z.infer<typeof RollbackPreview>;
