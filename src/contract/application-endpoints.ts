import { ApplicationAccess, ApplicationAccessUpdate, ApplicationIdParams } from './applications';
import { ApplicationDetail } from './application-detail';
import { defineEndpoint } from './endpoint';
import { Operation } from './operations';
import { RevealApplicationSecretsRequest, RevealedApplicationSecrets } from './secret-reveal';
import { UpgradeRequest } from './upgrades';

const read = [401, 500] as const;

/** One application instance: its detail, access, secrets, upgrade and readiness check. Spread into the one endpoint table in endpoints.ts. */
export const applicationEndpoints = {
  getApplication: defineEndpoint({
    id: 'getApplication',
    method: 'GET',
    path: '/applications/{applicationId}',
    summary:
      'One application instance: versions, services, infrastructure, connectors, running work',
    tag: 'applications',
    params: ApplicationIdParams,
    response: ApplicationDetail,
    status: 200,
    errors: [404, ...read],
  }),
  getApplicationAccess: defineEndpoint({
    id: 'getApplicationAccess',
    method: 'GET',
    path: '/applications/{applicationId}/access',
    summary: 'Users and groups with admin access and with user access to an application',
    tag: 'applications',
    params: ApplicationIdParams,
    response: ApplicationAccess,
    status: 200,
    errors: [404, ...read],
  }),
  updateApplicationAccess: defineEndpoint({
    id: 'updateApplicationAccess',
    method: 'PUT',
    path: '/applications/{applicationId}/access',
    summary: 'Change who administers and who uses an application, without upgrading it',
    tag: 'applications',
    params: ApplicationIdParams,
    body: ApplicationAccessUpdate,
    response: ApplicationAccess,
    status: 200,
    revisioned: true,
    permission: 'applications:manage-access',
    errors: [400, 401, 403, 404, 409, 422, 500],
  }),
  revealApplicationSecrets: defineEndpoint({
    id: 'revealApplicationSecrets',
    method: 'POST',
    path: '/applications/{applicationId}/secrets/reveal',
    summary:
      'Read secret variables of services or connectors in clear: every other answer masks them. Recorded in the audit trail (who, when, which keys; never the values). 404 for an unknown service, connector or key; 422 for a key that is not secret',
    tag: 'applications',
    params: ApplicationIdParams,
    body: RevealApplicationSecretsRequest,
    response: RevealedApplicationSecrets,
    status: 200,
    permission: 'secrets:read',
    errors: [400, 401, 403, 404, 422, 500],
  }),
  startUpgrade: defineEndpoint({
    id: 'startUpgrade',
    method: 'POST',
    path: '/applications/{applicationId}/upgrades',
    summary: 'Upgrade an application to a higher released project version',
    tag: 'applications',
    params: ApplicationIdParams,
    body: UpgradeRequest,
    response: Operation,
    status: 202,
    startsOperation: true,
    revisioned: true,
    permission: 'applications:upgrade',
    errors: [400, 401, 403, 404, 409, 422, 500],
  }),
  startReadinessCheck: defineEndpoint({
    id: 'startReadinessCheck',
    method: 'POST',
    path: '/applications/{applicationId}/readiness-checks',
    summary: 'Check whether an application can be upgraded, and to what',
    tag: 'applications',
    params: ApplicationIdParams,
    response: Operation,
    status: 202,
    startsOperation: true,
    permission: 'applications:check',
    errors: [400, 401, 403, 404, 409, 422, 500],
  }),
} as const;
