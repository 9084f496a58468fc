import * as z from 'zod/mini';
import { ConnectorKind } from '@/contract/application-detail';
import { upgradeSteps } from '@/config/paths';
import { Principal } from '../components/access/principal';

/** Shared with the Manage access dialog. */
export { Principal };

export const accessFields = ['adminUsers', 'adminGroups', 'userUsers', 'userGroups'] as const;
export type AccessField = (typeof accessFields)[number];

export const AccessDraft = z.object({
  adminUsers: z.array(Principal),
  adminGroups: z.array(Principal),
  userUsers: z.array(Principal),
  userGroups: z.array(Principal),
});
export type AccessDraft = z.infer<typeof AccessDraft>;

/** Access as ids, per field of AccessDraft: what the wizard read, to merge a later change with. */
export const AccessIds = z.object({
  adminUsers: z.array(z.string()),
  adminGroups: z.array(z.string()),
  userUsers: z.array(z.string()),
  userGroups: z.array(z.string()),
});
export type AccessIds = z.infer<typeof AccessIds>;

/** A connector being configured; variables stay the text typed until the request is built. */
export const ConnectorDraft = z.object({
  name: z.string(),
  kind: ConnectorKind,
  type: z.optional(z.string()),
  image: z.string(),
  variablesText: z.string(),
  /** Declared by the target version but not deployed yet. */
  isNew: z.boolean(),
  /** Secret keys whose values a reload lost (they are never stored): to be typed again. */
  retype: z.optional(z.array(z.string())),
});
export type ConnectorDraft = z.infer<typeof ConnectorDraft>;

/**
 * Everything the wizard remembers across reloads, stored per person and application in
 * localStorage without secret values (draft-storage.ts).
 */
export const UpgradeDraft = z.object({
  applicationId: z.string(),
  /** The application's revision when the wizard read it; sent with the upgrade. */
  revision: z.int().check(z.gte(1)),
  /** The access revision the choices were made against; sent with the upgrade. */
  accessRevision: z.int().check(z.gte(1)),
  /** That access as read: taking in a later change keeps what the person changed since. */
  accessBase: AccessIds,
  step: z.enum(upgradeSteps),
  projectVersion: z.nullable(z.int()),
  access: AccessDraft,
  connectors: z.array(ConnectorDraft),
  // Any length: a comment over the limit is refused at the field, never dropped with the draft.
  comment: z.string(),
  /** One per attempt: a retry of the same choices reuses it, a changed choice gets a new one. */
  idempotencyKey: z.string(),
  /** Something differs from what was read: Cancel asks first. */
  changed: z.boolean(),
  /** Field errors of the last refusal (422), keyed like the request body. */
  serverErrors: z.record(z.string(), z.string()),
});
export type UpgradeDraft = z.infer<typeof UpgradeDraft>;
