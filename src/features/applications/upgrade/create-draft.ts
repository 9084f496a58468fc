import type { ApplicationDetail, Connector } from '@/contract/application-detail';
import type { ApplicationAccess } from '@/contract/applications';
import { newIdempotencyKey } from '@/lib/api-client';
import { principalsOf } from '../components/access/principal';
import { outOfTheBoxConnectors } from '../connectors';
import type { AccessIds, ConnectorDraft, Principal, UpgradeDraft } from './draft-schema';

export const variablesText = (variables: Record<string, string>) =>
  JSON.stringify(variables, null, 2);

export const principals = principalsOf;

const fromDeployed = (c: Connector): ConnectorDraft => ({
  name: c.name,
  kind: c.kind,
  type: c.type,
  image: c.image,
  variablesText: variablesText(c.variables),
  isNew: false,
});

/**
 * The connectors to configure for a target version: every deployed one (kept as edited so far)
 * plus each one the target declares that is not deployed yet.
 */
export function connectorsFor(
  app: ApplicationDetail,
  projectVersion: number | null,
  current: readonly ConnectorDraft[],
): ConnectorDraft[] {
  const existing = app.connectors.map(
    (c) => current.find((d) => d.name === c.name && !d.isNew) ?? fromDeployed(c),
  );
  const release = app.releases.find((r) => r.version === projectVersion);
  const added = (release?.connectors ?? [])
    .filter((c) => !app.connectors.some((d) => d.name === c.name))
    .map((c): ConnectorDraft => {
      const kept = current.find((d) => d.name === c.name && d.isNew);
      if (kept) return kept;
      const ootb = c.type ? outOfTheBoxConnectors[c.type] : undefined;
      return {
        name: ootb?.name ?? c.name,
        kind: c.kind,
        type: c.type,
        image: ootb?.image ?? '',
        variablesText: '{}',
        isNew: true,
      };
    });
  return [...existing, ...added];
}

export const accessIdsOf = (access: Pick<ApplicationAccess, 'admins' | 'users'>): AccessIds => ({
  adminUsers: access.admins.users,
  adminGroups: access.admins.groups,
  userUsers: access.users.users,
  userGroups: access.users.groups,
});

export function createDraft(
  app: ApplicationDetail,
  access: ApplicationAccess,
  directory: { users: readonly Principal[]; groups: readonly Principal[] },
): UpgradeDraft {
  return {
    applicationId: app.id,
    revision: app.revision,
    accessRevision: access.revision,
    accessBase: accessIdsOf(access),
    step: 'version',
    projectVersion: null,
    access: {
      adminUsers: principals(access.admins.users, directory.users),
      adminGroups: principals(access.admins.groups, directory.groups),
      userUsers: principals(access.users.users, directory.users),
      userGroups: principals(access.users.groups, directory.groups),
    },
    connectors: connectorsFor(app, null, []),
    comment: '',
    idempotencyKey: newIdempotencyKey(),
    changed: false,
    serverErrors: {},
  };
}
