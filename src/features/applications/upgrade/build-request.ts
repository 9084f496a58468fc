import type { ApplicationDetail, Connector } from '@/contract/application-detail';
import type { UpgradeRequest } from '@/contract/upgrades';
import { parseVariables } from '../connector-rules';
import type { ConnectorDraft, UpgradeDraft } from './draft-schema';

export function toConnector(c: ConnectorDraft): Connector {
  const parsed = parseVariables(c.variablesText);
  return {
    name: c.name,
    kind: c.kind,
    ...(c.type ? { type: c.type } : {}),
    image: c.image,
    variables: 'variables' in parsed ? parsed.variables : {},
  };
}

const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

/** The request: name, services and infrastructure exactly as read; the choices from the draft. */
export function buildUpgradeRequest(app: ApplicationDetail, draft: UpgradeDraft): UpgradeRequest {
  const comment = draft.comment.trim();
  return {
    revision: draft.revision,
    accessRevision: draft.accessRevision,
    name: app.name,
    projectVersion: draft.projectVersion ?? app.projectVersion,
    access: {
      admins: { users: ids(draft.access.adminUsers), groups: ids(draft.access.adminGroups) },
      users: { users: ids(draft.access.userUsers), groups: ids(draft.access.userGroups) },
    },
    connectors: draft.connectors.map(toConnector),
    services: app.services,
    infrastructure: app.infrastructure,
    ...(comment ? { comment } : {}),
  };
}
