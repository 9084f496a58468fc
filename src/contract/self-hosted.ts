import * as z from 'zod/mini';
import { Actor, Comment, Id, PageQuery, pageOf, SortDirection, Timestamp } from './common';

/** A semantic version: 2.10.0 sorts after 2.9.1; a pre-release (3.0.0-rc.1) before its release. */
export const SemVer = z
  .string()
  .check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'Give a semantic version such as 2.10.0'))
  .register(z.globalRegistry, { description: 'A semantic version, e.g. "2.10.0"' });

export const AppVersionStatus = z
  .enum(['available', 'registering', 'registered', 'switching', 'active', 'inactive', 'failed'])
  .register(z.globalRegistry, {
    id: 'AppVersionStatus',
    description:
      'available: released, never active. registering: the Register to Test operation runs. registered: registered for test (at most one version per application). switching: the version being switched to while its switch runs (the active version keeps serving). active: the one version in use (exactly one, always). inactive: was active once. failed: its registration or switch failed (see `failure`).',
  });
export type AppVersionStatus = z.infer<typeof AppVersionStatus>;

export const AppVersionAction = z
  .enum(['register', 'withdraw', 'confirm-update', 'confirm-reactivate'])
  .register(z.globalRegistry, {
    id: 'AppVersionAction',
    description:
      'register: "Register to Test". withdraw: withdraw its registration. confirm-update: "Confirm Update" (a newer version registered for test). confirm-reactivate: "Confirm Reactivate" (an earlier version registered for test, the downgrade).',
  });
export type AppVersionAction = z.infer<typeof AppVersionAction>;

export const SwitchDirection = z.enum(['update', 'reactivate']).register(z.globalRegistry, {
  id: 'AppVersionSwitchDirection',
  description: 'update: to a newer version than the active one. reactivate: to an earlier one.',
});
export type SwitchDirection = z.infer<typeof SwitchDirection>;

/** Why an action does not fit; also the last segment of the problem `type` the server answers. */
export const AppVersionRefusalCode = z
  .enum([
    'unknown-version',
    'switch-running',
    'is-active',
    'registration-running',
    'already-registered',
    'registration-exists',
    'not-registered',
    'wrong-direction',
    'out-of-order',
  ])
  .register(z.globalRegistry, { id: 'AppVersionRefusalCode' });
export type AppVersionRefusalCode = z.infer<typeof AppVersionRefusalCode>;

export const AppVersion = z
  .object({
    version: SemVer,
    releasedAt: Timestamp,
    releaseNotes: z.string(),
    requiresAppCredentials: z.boolean(),
    status: AppVersionStatus,
    relation: z.enum(['newer', 'active', 'earlier']).register(z.globalRegistry, {
      description: 'Where this version stands against the active one',
    }),
    wasActive: z
      .boolean()
      .register(z.globalRegistry, { description: 'Has been the active version at some time' }),
    rolesDifferFromActive: z.boolean().register(z.globalRegistry, {
      description:
        "Its roles or their descriptions differ from the active version's: Settings show them only once it is active",
    }),
    activatedAt: z
      .optional(Timestamp)
      .register(z.globalRegistry, { description: 'When it last became active' }),
    deactivatedAt: z
      .optional(Timestamp)
      .register(z.globalRegistry, { description: 'When it last stopped being active' }),
    registeredAt: z.optional(Timestamp),
    registeredBy: z.optional(Actor),
    operationId: z.optional(Id).register(z.globalRegistry, {
      description: 'The registration or switch operation running on this version',
    }),
    failure: z
      .optional(
        z.object({
          at: Timestamp,
          title: z.string(),
          detail: z.string(),
          operationId: z.optional(Id),
        }),
      )
      .register(z.globalRegistry, {
        description: 'Why its last registration or switch failed (status "failed")',
      }),
    actions: z.array(AppVersionAction).register(z.globalRegistry, {
      description:
        'What fits this version now, whoever asks; the caller also needs the permission "app-versions:switch".',
    }),
    unavailableActions: z
      .array(
        z.object({ action: AppVersionAction, code: AppVersionRefusalCode, reason: z.string() }),
      )
      .register(z.globalRegistry, {
        description: 'Every other action, with the reason the server would refuse it',
      }),
  })
  .register(z.globalRegistry, { id: 'AppVersion' });
export type AppVersion = z.infer<typeof AppVersion>;

export const AppVersionRegistration = z
  .object({
    version: SemVer,
    status: z.enum(['registering', 'registered']),
    direction: SwitchDirection.check(z.core.meta({ description: 'Which Confirm it leads to' })),
    operationId: z
      .optional(Id)
      .register(z.globalRegistry, { description: 'The registration operation, while it runs' }),
    registeredAt: z.optional(Timestamp),
    registeredBy: z.optional(Actor),
  })
  .register(z.globalRegistry, { id: 'AppVersionRegistration' });

export const AppVersionSwitch = z
  .object({
    operationId: Id,
    from: SemVer.check(
      z.core.meta({ description: 'The active version, serving until the switch completes' }),
    ),
    to: SemVer,
    direction: SwitchDirection,
    startedAt: Timestamp,
    startedBy: Actor,
  })
  .register(z.globalRegistry, { id: 'AppVersionSwitch' });

export const SelfHostedApplication = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string(),
    publisher: z.string(),
    activeVersion: SemVer,
    newestVersion: SemVer,
    updateAvailable: z
      .boolean()
      .register(z.globalRegistry, { description: 'A version newer than the active one exists' }),
    requiresAppCredentials: z
      .boolean()
      .register(z.globalRegistry, { description: 'The active version does' }),
    registration: z.nullable(AppVersionRegistration).register(z.globalRegistry, {
      description: 'The version registered for test or being registered, if any',
    }),
    switch: z
      .nullable(AppVersionSwitch)
      .register(z.globalRegistry, { description: 'The switch running now, if any' }),
    tenantCount: z.int().check(z.gte(0)),
    tenantsWithoutAccess: z.int().check(z.gte(0)),
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'SelfHostedApplication' });
export type SelfHostedApplication = z.infer<typeof SelfHostedApplication>;

export const SelfHostedApplicationDetail = z
  .extend(SelfHostedApplication, {
    versions: z
      .array(AppVersion)
      .register(z.globalRegistry, { description: 'Every version, newest first' }),
  })
  .register(z.globalRegistry, { id: 'SelfHostedApplicationDetail' });
export type SelfHostedApplicationDetail = z.infer<typeof SelfHostedApplicationDetail>;

export const selfHostedSortFields = [
  'name',
  'activeVersion',
  'newestVersion',
  'updatedAt',
] as const;
export const SelfHostedSortField = z.enum(selfHostedSortFields);
export type SelfHostedSortField = z.infer<typeof SelfHostedSortField>;

export const SelfHostedListQuery = z.object({
  ...PageQuery.shape,
  q: z
    .optional(z.string().check(z.trim(), z.maxLength(100)))
    .register(z.globalRegistry, { description: 'Part of the name' }),
  updateAvailable: z.optional(
    z.pipe(
      z.enum(['true', 'false']),
      z.transform((v) => v === 'true'),
    ),
  ),
  sort: z._default(SelfHostedSortField, 'name'),
  order: z._default(SortDirection, 'asc'),
});
export type SelfHostedListQuery = z.input<typeof SelfHostedListQuery>;
export type SelfHostedListParams = z.output<typeof SelfHostedListQuery>;

export const SelfHostedApplicationPage = pageOf(SelfHostedApplication, 'SelfHostedApplicationPage');
export type SelfHostedApplicationPage = z.infer<typeof SelfHostedApplicationPage>;

export const SelfHostedParams = z.object({ applicationId: Id });
export const AppVersionParams = z.object({ applicationId: Id, version: SemVer });

/** "Confirm Update" or "Confirm Reactivate", after the person answered Yes. */
export const AppVersionSwitchRequest = z
  .object({
    version: SemVer.check(z.core.meta({ description: 'The version registered for test' })),
    direction: SwitchDirection.check(
      z.core.meta({
        description:
          'What the person confirmed; the server refuses (422) a version on the other side',
      }),
    ),
    comment: z.optional(Comment),
  })
  .register(z.globalRegistry, { id: 'AppVersionSwitchRequest' });
export type AppVersionSwitchRequest = z.infer<typeof AppVersionSwitchRequest>;
