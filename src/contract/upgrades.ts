import * as z from 'zod/mini';
import { Infrastructure, Service } from './application-detail';
import { AccessAssignment } from './applications';
import { Comment } from './common';
import { UpgradeConnector } from './connector-variables';
import { SECRET_MASK } from './secrets';

/**
 * Everything an upgrade submits. Name, services and infrastructure are sent as the person saw
 * them, so the server can refuse any attempt to change what an upgrade may not change.
 */
export const UpgradeRequest = z
  .object({
    /** The application's revision when the wizard read it; a stale one is a 409. */
    revision: z.int().check(z.gte(1)),
    /**
     * The revision of the application's access (GET …/access) the upgrade was reviewed against:
     * the upgrade writes access, so a change saved there meanwhile makes this stale, a 409.
     */
    accessRevision: z.int().check(z.gte(1)),
    name: z.string(),
    projectVersion: z.int().check(z.gte(1)),
    access: z.object({ admins: AccessAssignment, users: AccessAssignment }),
    connectors: z.array(UpgradeConnector).register(z.globalRegistry, {
      description: `Every connector after the upgrade. Write-only secrets: a secret variable sent as the mask "${SECRET_MASK}" keeps the value deployed for that connector and key; the mask for a new connector or a new key is refused (422 at that variable).`,
    }),
    services: z.optional(z.array(Service)).register(z.globalRegistry, {
      description: `As read: secret values as the mask "${SECRET_MASK}", which stands for the deployed value.`,
    }),
    infrastructure: z.optional(Infrastructure),
    comment: z.optional(Comment),
  })
  .register(z.globalRegistry, { id: 'UpgradeRequest' });
export type UpgradeRequest = z.infer<typeof UpgradeRequest>;
