import * as z from 'zod/mini';
import { Actor, Id, Timestamp } from './common';
import { StepStatus } from './operations';
import {
  ConfigOption,
  ImageHash,
  PackageUpdate,
  Runner,
  ServerVersion,
  Subdomain,
} from './servers';

/**
 * A server upgrade follows the seed's runbook in order. Steps 1–5 never take the server down;
 * `down` … `version` run only after the downtime is confirmed.
 */
export const RunbookStepId = z.enum([
  'download',
  'packages',
  'configuration',
  'export',
  'dns',
  'down',
  'upgrade',
  'up',
  'check',
  'version',
]);
export type RunbookStepId = z.infer<typeof RunbookStepId>;

/** run-here: the server's agent runs each command; manual: the operator does and marks it. */
export const UpgradeMode = z.enum(['run-here', 'manual']);
export type UpgradeMode = z.infer<typeof UpgradeMode>;

export const ServerUpgradeStatus = z.enum([
  'preparing',
  'scheduled',
  'applying',
  'completed',
  'failed',
]);
export type ServerUpgradeStatus = z.infer<typeof ServerUpgradeStatus>;

export const RunbookStep = z.object({
  id: RunbookStepId,
  status: StepStatus,
  /** The exact commands, as the operator would type them. */
  commands: z.array(z.string()),
  startedAt: z.nullable(Timestamp),
  finishedAt: z.nullable(Timestamp),
  log: z.array(z.string()),
});
export type RunbookStep = z.infer<typeof RunbookStep>;

export const ServiceHash = z.object({ service: z.string(), tag: z.string(), hash: ImageHash });
export type ServiceHash = z.infer<typeof ServiceHash>;

export const ServerUpgrade = z
  .object({
    id: Id,
    serverId: Id,
    project: z.string(),
    from: z.nullable(ServerVersion),
    to: ServerVersion,
    downgrade: z.boolean(),
    mode: UpgradeMode,
    status: ServerUpgradeStatus,
    steps: z.array(RunbookStep),
    /** The operation running a step now, if any. */
    operationId: z.nullable(Id),
    failure: z.nullable(z.object({ step: RunbookStepId, title: z.string(), detail: z.string() })),
    configuration: z.enum(['pending', 'kept', 'edited']),
    dnsConfirmed: z.array(z.string()),
    /** Apply at this time (cancellable until it starts); null: when the operator says. */
    scheduledAt: z.nullable(Timestamp),
    /** The measured unreachable window: from `down` until `up` finished. */
    downAt: z.nullable(Timestamp),
    upAt: z.nullable(Timestamp),
    hashesBefore: z.array(ServiceHash),
    hashesAfter: z.array(ServiceHash),
    runnersBelowMinimum: z.array(Runner),
    minRunnerVersion: z.nullable(ServerVersion),
    newSubdomains: z.array(Subdomain),
    startedBy: Actor,
    startedAt: Timestamp,
    finishedAt: z.nullable(Timestamp),
  })
  .register(z.globalRegistry, { id: 'ServerUpgrade' });
export type ServerUpgrade = z.infer<typeof ServerUpgrade>;

export const ServerUpgradeList = z
  .object({ items: z.array(ServerUpgrade), total: z.int().check(z.gte(0)) })
  .register(z.globalRegistry, { id: 'ServerUpgradeList' });

export const ServerUpgradeParams = z.object({ serverId: Id, upgradeId: Id });
export const RunbookStepParams = z.extend(ServerUpgradeParams, { step: RunbookStepId });

export const UpgradePlanQuery = z.object({ to: z.string().check(z.minLength(1), z.maxLength(32)) });

const Tagged = { version: ServerVersion };
export const ServerUpgradePlanResponse = z
  .object({
    current: z.nullable(ServerVersion),
    target: ServerVersion,
    direction: z.enum(['upgrade', 'same', 'downgrade']),
    crossed: z.array(ServerVersion),
    notes: z.array(z.object({ text: z.string(), ...Tagged })),
    configOptions: z.array(z.extend(ConfigOption, Tagged)),
    newSubdomains: z.array(z.extend(Subdomain, Tagged)),
    minRunnerVersion: z.nullable(ServerVersion),
    runnersBelow: z.array(Runner),
    /** `version` is the package's own; `release` the server release that brings it. */
    packageUpdates: z.array(z.extend(PackageUpdate, { release: ServerVersion })),
    imageChanges: z.array(
      z.object({
        service: z.string(),
        image: z.string(),
        fromTag: z.nullable(z.string()),
        fromHash: z.nullable(ImageHash),
        toTag: z.string(),
        toHash: ImageHash,
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'ServerUpgradePlan' });

export const StartServerUpgradeRequest = z.object({
  to: ServerVersion,
  mode: UpgradeMode,
  /** A lower target is a downgrade; it starts only when this says so. */
  acknowledgeDowngrade: z._default(z.boolean(), false),
});

export const ServerConfiguration = z
  .object({ yaml: z.string(), revision: z.int().check(z.gte(1)), updatedAt: Timestamp })
  .register(z.globalRegistry, { id: 'ServerConfiguration' });
export type ServerConfiguration = z.infer<typeof ServerConfiguration>;

/** global.yaml stays small; anything bigger is a paste gone wrong. */
export const CONFIGURATION_MAX = 64 * 1024;
export const UpdateConfigurationRequest = z.object({
  yaml: z.string().check(
    z.maxLength(CONFIGURATION_MAX, {
      error: `Keep global.yaml under ${String(CONFIGURATION_MAX / 1024)} KiB.`,
    }),
  ),
  revision: z.int().check(z.gte(1)),
});

/** Marks a step the console does not run itself (configuration kept, DNS, manual commands). */
export const CompleteStepRequest = z.object({
  /** For `version` and `check` in manual mode: what the command printed. */
  output: z.optional(z.string().check(z.maxLength(CONFIGURATION_MAX))),
  /** For `dns`: every new subdomain's host, ticked as added. */
  hosts: z.optional(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(50))),
});

export const ApplyServerUpgradeRequest = z.object({
  confirmDowntime: z.boolean(),
  /** Every new subdomain's host, ticked as added to DNS. */
  dnsConfirmed: z.array(z.string()),
  at: z.optional(Timestamp),
});
