import type { EndpointBody, EndpointQuery } from '@/contract/endpoint';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import type { SimulatedClock } from './simulator-test-utils';

type PublishBody = EndpointBody<typeof endpoints.publishTemplateVersion>;
type UpgradeBody = EndpointBody<typeof endpoints.startTemplateUpgrade>;
type RollbackBody = EndpointBody<typeof endpoints.startTemplateRollback>;
type DiffQuery = EndpointQuery<typeof endpoints.getTemplateDiff>;

/** The template-upgrade API as the console calls it, for the simulator's tests. */
export const api = {
  templates: (query: EndpointQuery<typeof endpoints.listTemplates> = {}) =>
    apiCall(endpoints.listTemplates, { query }),
  template: (templateId: string) => apiCall(endpoints.getTemplate, { params: { templateId } }),
  version: (templateId: string, version: string) =>
    apiCall(endpoints.getTemplateVersion, { params: { templateId, version } }),
  diff: (templateId: string, query: DiffQuery) =>
    apiCall(endpoints.getTemplateDiff, { params: { templateId }, query }),
  publish: (templateId: string, body: PublishBody, idempotencyKey = crypto.randomUUID()) =>
    apiCall(endpoints.publishTemplateVersion, { params: { templateId }, body, idempotencyKey }),
  installed: (query: EndpointQuery<typeof endpoints.listInstalledApplications> = {}) =>
    apiCall(endpoints.listInstalledApplications, { query }),
  app: (applicationId: string) =>
    apiCall(endpoints.getInstalledApplication, { params: { applicationId } }),
  upgradeDiff: (applicationId: string, to: string, ignoreWhitespace?: 'true' | 'false') =>
    apiCall(endpoints.getTemplateUpgradeDiff, {
      params: { applicationId },
      query: { to, ignoreWhitespace },
    }),
  upgrade: (applicationId: string, body: UpgradeBody, idempotencyKey = crypto.randomUUID()) =>
    apiCall(endpoints.startTemplateUpgrade, { params: { applicationId }, body, idempotencyKey }),
  records: (
    applicationId: string,
    query: EndpointQuery<typeof endpoints.listTemplateUpgradeRecords> = {},
  ) => apiCall(endpoints.listTemplateUpgradeRecords, { params: { applicationId }, query }),
  record: (applicationId: string, upgradeId: string) =>
    apiCall(endpoints.getTemplateUpgradeRecord, { params: { applicationId, upgradeId } }),
  rollbackPreview: (applicationId: string, upgradeId: string, components?: string[]) =>
    apiCall(endpoints.getTemplateRollbackPreview, {
      params: { applicationId, upgradeId },
      query: { components },
    }),
  rollback: (
    applicationId: string,
    upgradeId: string,
    body: RollbackBody,
    idempotencyKey = crypto.randomUUID(),
  ) =>
    apiCall(endpoints.startTemplateRollback, {
      params: { applicationId, upgradeId },
      body,
      idempotencyKey,
    }),
  operation: (operationId: string) => apiCall(endpoints.getOperation, { params: { operationId } }),
  history: (resourceType: string, resourceId: string) =>
    apiCall(endpoints.listAudit, { query: { resourceType, resourceId } }),
};

/** Upgrades an application with its current revision. */
export async function upgrade(
  applicationId: string,
  toVersion: string,
  components: string[],
  comment?: string,
) {
  const { revision } = await api.app(applicationId);
  return api.upgrade(applicationId, { revision, toVersion, components, comment });
}

export async function rollback(applicationId: string, upgradeId: string, components: string[]) {
  const { revision } = await api.app(applicationId);
  return api.rollback(applicationId, upgradeId, { revision, components });
}

/** Lets the operation finish on the simulated clock and returns it. */
export async function finished(operationId: string, clock: SimulatedClock) {
  clock.advance(60_000);
  return api.operation(operationId);
}
