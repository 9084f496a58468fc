import { defineEndpoint } from './endpoint';
import { CurrentUser, DirectoryQuery, GroupPage, RoleList, UserPage } from './identity';

const read = [401, 500] as const;

/** The signed-in person and the identity directory. Spread into the one endpoint table in endpoints.ts. */
export const identityEndpoints = {
  getCurrentUser: defineEndpoint({
    id: 'getCurrentUser',
    method: 'GET',
    path: '/identity/me',
    summary: 'The signed-in person, their console role and permissions',
    tag: 'identity',
    response: CurrentUser,
    status: 200,
    errors: read,
  }),
  listUsers: defineEndpoint({
    id: 'listUsers',
    method: 'GET',
    path: '/identity/users',
    summary: 'People in the identity directory, searchable by name, username or e-mail',
    tag: 'identity',
    query: DirectoryQuery,
    response: UserPage,
    status: 200,
    errors: [400, ...read],
  }),
  listGroups: defineEndpoint({
    id: 'listGroups',
    method: 'GET',
    path: '/identity/groups',
    summary: 'Groups with their members and roles',
    tag: 'identity',
    query: DirectoryQuery,
    response: GroupPage,
    status: 200,
    errors: [400, ...read],
  }),
  listRoles: defineEndpoint({
    id: 'listRoles',
    method: 'GET',
    path: '/identity/roles',
    summary: 'Roles known to the identity service',
    tag: 'identity',
    response: RoleList,
    status: 200,
    errors: read,
  }),
} as const;
