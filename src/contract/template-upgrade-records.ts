import * as z from 'zod/mini';
import { Actor, Id, PageQuery, pageOf, Timestamp } from './common';
import { EntryChange } from './template-diff';
import { UpgradeStatus } from './template-upgrades';
import { ComponentName, TemplateVersionNumber } from './templates';

const oneOrMany = <T extends z.core.SomeType>(item: T) =>
  z.optional(
    z.pipe(
      z.transform((v: unknown) => (v === undefined || Array.isArray(v) ? v : [v])),
      z.array(item),
    ),
  );

/** Why a request does not fit; also the last segment of the problem `type` the server answers. */
export const TemplateRefusalCode = z
  .enum([
    'unknown-version',
    'version-not-greater',
    'publish-running',
    'stale-revision',
    'upgrade-unfinished',
    'target-not-higher',
    'unknown-components',
    'unchanged-components',
    'dependency-missing',
    'not-most-recent',
    'nothing-to-roll-back',
    'already-rolled-back',
    'added-components-stay',
  ])
  .register(z.globalRegistry, { id: 'TemplateRefusalCode' });
export type TemplateRefusalCode = z.infer<typeof TemplateRefusalCode>;

const Failure = z.object({ at: Timestamp, title: z.string(), detail: z.string() });

/** An upgrade record, as the list shows it. */
export const UpgradeRecord = z
  .object({
    id: Id,
    applicationId: Id,
    applicationName: z.string(),
    fromVersion: TemplateVersionNumber,
    toVersion: TemplateVersionNumber,
    status: UpgradeStatus,
    startedBy: Actor,
    startedAt: Timestamp,
    finishedAt: z.optional(Timestamp),
    componentCount: z
      .int()
      .check(z.gte(0))
      .register(z.globalRegistry, { description: 'Components it upgraded' }),
    leftOutCount: z
      .int()
      .check(z.gte(0))
      .register(z.globalRegistry, { description: 'Changes of the target version not chosen' }),
    operationId: z.optional(Id).register(z.globalRegistry, {
      description: 'The operation that ran it (absent for records imported with the seed data)',
    }),
    comment: z.optional(z.string()),
  })
  .register(z.globalRegistry, { id: 'TemplateUpgradeRecord' });
export type UpgradeRecord = z.infer<typeof UpgradeRecord>;

export const UpgradedComponent = z
  .object({
    name: ComponentName,
    change: EntryChange,
    fromVersion: z
      .nullable(TemplateVersionNumber)
      .register(z.globalRegistry, { description: 'null: it was added' }),
    toVersion: z
      .nullable(TemplateVersionNumber)
      .register(z.globalRegistry, { description: 'null: it was removed' }),
    rolledBack: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'TemplateUpgradedComponent' });
export type UpgradedComponent = z.infer<typeof UpgradedComponent>;

export const UpgradeRollback = z
  .object({
    operationId: z
      .optional(Id)
      .register(z.globalRegistry, { description: 'Absent for rollbacks in the seed data' }),
    status: z.enum(['rolling-back', 'rolled-back', 'rollback-failed']),
    components: z.array(ComponentName),
    startedBy: Actor,
    startedAt: Timestamp,
    finishedAt: z.optional(Timestamp),
    comment: z.optional(z.string()),
    failure: z.optional(Failure),
  })
  .register(z.globalRegistry, {
    id: 'TemplateUpgradeRollback',
    description: 'The latest rollback of this upgrade',
  });

export const UpgradeRecordDetail = z
  .extend(UpgradeRecord, {
    components: z
      .array(UpgradedComponent)
      .register(z.globalRegistry, { description: 'What it upgraded, by name' }),
    leftOut: z
      .array(z.object({ name: ComponentName, change: EntryChange }))
      .register(z.globalRegistry, {
        description: 'Changes of the target version it did not apply (not chosen)',
      }),
    failure: z
      .optional(Failure)
      .register(z.globalRegistry, { description: 'Why the upgrade failed (status "failed")' }),
    rollback: z.nullable(UpgradeRollback),
    mostRecent: z
      .boolean()
      .register(z.globalRegistry, { description: "The application's most recent upgrade" }),
    rollbackable: z.array(ComponentName).register(z.globalRegistry, {
      description: 'What a rollback can restore now (empty when it cannot be rolled back)',
    }),
    componentsThatStay: z.array(ComponentName).register(z.globalRegistry, {
      description: 'Components it added: a rollback leaves them in place',
    }),
    rollbackRefusal: z
      .optional(z.object({ code: TemplateRefusalCode, title: z.string(), message: z.string() }))
      .register(z.globalRegistry, {
        description: 'Why it cannot be rolled back now (absent when it can)',
      }),
  })
  .register(z.globalRegistry, { id: 'TemplateUpgradeRecordDetail' });
export type UpgradeRecordDetail = z.infer<typeof UpgradeRecordDetail>;

export const UpgradeRecordQuery = z.object({
  ...PageQuery.shape,
  status: oneOrMany(UpgradeStatus),
});
export type UpgradeRecordQuery = z.input<typeof UpgradeRecordQuery>;

export const UpgradeRecordPage = pageOf(UpgradeRecord, 'TemplateUpgradeRecordPage');

/** `resource.type` of this area's audit entries, operations and notifications. */
export const TEMPLATE_RESOURCE = 'template';
export const INSTALLED_APPLICATION_RESOURCE = 'installed-application';

/** Operation kinds, which are also the audit actions of the work they do. */
export const templateOperationKinds = {
  publish: 'template.publish',
  upgrade: 'template.upgrade',
  rollback: 'template.rollback',
} as const;
