import { ApplicationListQuery, ApplicationPage, ProjectList } from './applications';
import { defineEndpoint } from './endpoint';

const read = [401, 500] as const;

/** The Applications list and its project filter: on the first screen, so zod/mini only (see common.ts). Spread into the one endpoint table in endpoints.ts. */
export const applicationListEndpoints = {
  listApplications: defineEndpoint({
    id: 'listApplications',
    method: 'GET',
    path: '/applications',
    summary: 'Application instances, paginated, sorted and filtered on the server',
    tag: 'applications',
    query: ApplicationListQuery,
    response: ApplicationPage,
    status: 200,
    errors: [400, ...read],
  }),
  listProjects: defineEndpoint({
    id: 'listProjects',
    method: 'GET',
    path: '/projects',
    summary: 'Projects applications are deployed from, by name, with their released versions',
    tag: 'applications',
    response: ProjectList,
    status: 200,
    errors: read,
  }),
} as const;
