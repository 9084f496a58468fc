import type { EndpointBody, EndpointQuery } from '@/contract/endpoint';
import { inboxEndpoints } from '@/contract/inbox-endpoints';
import { operationEndpoints } from '@/contract/operation-endpoints';
import { selfHostedEndpoints } from '@/contract/self-hosted-endpoints';
import { apiCall } from '@/lib/api-client';
import type { SimulatedClock } from './simulator-test-utils';

type SwitchBody = EndpointBody<typeof selfHostedEndpoints.startAppVersionSwitch>;

/** The self-hosted API as the console calls it, for the simulator's tests. */
export const api = {
  list: (query: EndpointQuery<typeof selfHostedEndpoints.listSelfHostedApplications> = {}) =>
    apiCall(selfHostedEndpoints.listSelfHostedApplications, { query }),
  get: (applicationId: string) =>
    apiCall(selfHostedEndpoints.getSelfHostedApplication, { params: { applicationId } }),
  tenants: (applicationId: string) =>
    apiCall(selfHostedEndpoints.listSelfHostedTenants, { params: { applicationId } }),
  settings: (applicationId: string) =>
    apiCall(selfHostedEndpoints.getSelfHostedSettings, { params: { applicationId } }),
  register: (applicationId: string, version: string, idempotencyKey = crypto.randomUUID()) =>
    apiCall(selfHostedEndpoints.registerAppVersion, {
      params: { applicationId, version },
      idempotencyKey,
    }),
  withdraw: (applicationId: string, version: string) =>
    apiCall(selfHostedEndpoints.withdrawAppVersionRegistration, {
      params: { applicationId, version },
    }),
  switchTo: (applicationId: string, body: SwitchBody, idempotencyKey = crypto.randomUUID()) =>
    apiCall(selfHostedEndpoints.startAppVersionSwitch, {
      params: { applicationId },
      body,
      idempotencyKey,
    }),
  operation: (operationId: string) =>
    apiCall(operationEndpoints.getOperation, { params: { operationId } }),
  history: (resourceId: string) =>
    apiCall(operationEndpoints.listAudit, {
      query: { resourceType: 'self-hosted-application', resourceId },
    }),
  notifications: () => apiCall(inboxEndpoints.listNotifications),
};

/** Statuses by version, as the Versions tab lists them (newest first). */
export async function statuses(applicationId: string) {
  const app = await api.get(applicationId);
  return Object.fromEntries(app.versions.map((v) => [v.version, v.status]));
}

/** Registers a version and lets its registration finish. */
export async function registered(applicationId: string, version: string, clock: SimulatedClock) {
  const op = await api.register(applicationId, version);
  clock.advance(10_000);
  const done = await api.operation(op.id);
  if (done.status !== 'succeeded') throw new Error(`registration ${done.status}`);
}
