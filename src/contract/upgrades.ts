import { z } from 'zod';
import { Connector, Infrastructure, Service } from './application-detail';
import { AccessAssignment } from './applications';

/**
 * Everything an upgrade submits. Name, services and infrastructure are sent as the person saw
 * them, so the server can refuse any attempt to change what an upgrade may not change.
 */
export const UpgradeRequest = z
  .object({
    /** The application's revision when the wizard read it; a stale one is a 409. */
    revision: z.number().int().min(1),
    name: z.string(),
    projectVersion: z.number().int().min(1),
    access: z.object({ admins: AccessAssignment, users: AccessAssignment }),
    connectors: z.array(Connector),
    services: z.array(Service).optional(),
    infrastructure: Infrastructure.optional(),
    comment: z.string().trim().max(500).optional(),
  })
  .meta({ id: 'UpgradeRequest' });
export type UpgradeRequest = z.infer<typeof UpgradeRequest>;
