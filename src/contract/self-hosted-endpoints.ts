import { defineEndpoint } from './endpoint';
import { Operation } from './operations';
import {
  AppVersionParams,
  AppVersionSwitchRequest,
  SelfHostedApplicationDetail,
  SelfHostedApplicationPage,
  SelfHostedListQuery,
  SelfHostedParams,
} from './self-hosted';
import { SelfHostedSettings, SelfHostedTenantList } from './self-hosted-tenants';

const read = [401, 500] as const;
const change = [400, 401, 403, 404, 409, 422, 500] as const;

/**
 * Self-hosted application versions ("My Applications"). Spread into the one endpoint table in
 * endpoints.ts. History: listAudit with resourceType "self-hosted-application".
 */
export const selfHostedEndpoints = {
  listSelfHostedApplications: defineEndpoint({
    id: 'listSelfHostedApplications',
    method: 'GET',
    path: '/self-hosted-applications',
    summary: 'My Applications: self-hosted applications, paginated, sorted and filtered',
    tag: 'self-hosted',
    query: SelfHostedListQuery,
    response: SelfHostedApplicationPage,
    status: 200,
    errors: [400, ...read],
  }),
  getSelfHostedApplication: defineEndpoint({
    id: 'getSelfHostedApplication',
    method: 'GET',
    path: '/self-hosted-applications/{applicationId}',
    summary:
      'One self-hosted application: every version with its status and the actions that fit it, the registration and the running switch',
    tag: 'self-hosted',
    params: SelfHostedParams,
    response: SelfHostedApplicationDetail,
    status: 200,
    errors: [404, ...read],
  }),
  listSelfHostedTenants: defineEndpoint({
    id: 'listSelfHostedTenants',
    method: 'GET',
    path: '/self-hosted-applications/{applicationId}/tenants',
    summary: "An application's tenants, with their provisioning status and access",
    tag: 'self-hosted',
    params: SelfHostedParams,
    response: SelfHostedTenantList,
    status: 200,
    errors: [404, ...read],
  }),
  getSelfHostedSettings: defineEndpoint({
    id: 'getSelfHostedSettings',
    method: 'GET',
    path: '/self-hosted-applications/{applicationId}/settings',
    summary: 'Settings: the role descriptions of the active version',
    tag: 'self-hosted',
    params: SelfHostedParams,
    response: SelfHostedSettings,
    status: 200,
    errors: [404, ...read],
  }),
  registerAppVersion: defineEndpoint({
    id: 'registerAppVersion',
    method: 'POST',
    path: '/self-hosted-applications/{applicationId}/versions/{version}/registration',
    summary: 'Register to Test: register a version that is not active (one at a time)',
    tag: 'self-hosted',
    params: AppVersionParams,
    response: Operation,
    status: 202,
    startsOperation: true,
    permission: 'app-versions:switch',
    errors: change,
  }),
  withdrawAppVersionRegistration: defineEndpoint({
    id: 'withdrawAppVersionRegistration',
    method: 'DELETE',
    path: '/self-hosted-applications/{applicationId}/versions/{version}/registration',
    summary: 'Withdraw the registration of the version registered for test',
    tag: 'self-hosted',
    params: AppVersionParams,
    response: SelfHostedApplicationDetail,
    status: 200,
    permission: 'app-versions:switch',
    errors: change,
  }),
  startAppVersionSwitch: defineEndpoint({
    id: 'startAppVersionSwitch',
    method: 'POST',
    path: '/self-hosted-applications/{applicationId}/switches',
    summary:
      'Confirm Update or Confirm Reactivate: switch to the version registered for test; the active version serves until the switch completes',
    tag: 'self-hosted',
    params: SelfHostedParams,
    body: AppVersionSwitchRequest,
    response: Operation,
    status: 202,
    startsOperation: true,
    permission: 'app-versions:switch',
    errors: change,
  }),
} as const;
