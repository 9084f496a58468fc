import type { EndpointBody, EndpointQuery } from '@/contract/endpoint';
import { operationEndpoints } from '@/contract/operation-endpoints';
import { templateEndpoints } from '@/contract/template-endpoints';
import { apiCall } from '@/lib/api-client';
import type { SimulatedClock } from './simulator-test-utils';

type PublishBody = EndpointBody<typeof templateEndpoints.publishTemplateVersion>;
type UpgradeBody = EndpointBody<typeof templateEndpoints.startTemplateUpgrade>;
type RollbackBody = EndpointBody<typeof templateEndpoints.startTemplateRollback>;
type DiffQuery = EndpointQuery<typeof templateEndpoints.getTemplateDiff>;

/** The template-upgrade API as the console calls it, for the simulator's tests. */
export const api = {
  templates: (query: EndpointQuery<typeof templateEndpoints.listTemplates> = {}) =>
    apiCall(templateEndpoints.listTemplates, { query }),
  template: (templateId: string) =>
    apiCall(templateEndpoints.getTemplate, { params: { templateId } }),
  version: (templateId: string, version: string) =>
    apiCall(templateEndpoints.getTemplateVersion, { params: { templateId, version } }),
  diff: (templateId: string, query: DiffQuery) =>
    apiCall(templateEndpoints.getTemplateDiff, { params: { templateId }, query }),
  publish: (templateId: string, body: PublishBody, idempotencyKey = crypto.randomUUID()) =>
    apiCall(templateEndpoints.publishTemplateVersion, {
      params: { templateId },
      body,
      idempotencyKey,
    }),
  installed: (query: EndpointQuery<typeof templateEndpoints.listInstalledApplications> = {}) =>
    apiCall(templateEndpoints.listInstalledApplications, { query }),
  app: (applicationId: string) =>
    apiCall(templateEndpoints.getInstalledApplication, { params: { applicationId } }),
  upgradeDiff: (applicationId: string, to: string, ignoreWhitespace?: 'true' | 'false') =>
    apiCall(templateEndpoints.getTemplateUpgradeDiff, {
      params: { applicationId },
      query: { to, ignoreWhitespace },
    }),
  upgrade: (applicationId: string, body: UpgradeBody, idempotencyKey = crypto.randomUUID()) =>
    apiCall(templateEndpoints.startTemplateUpgrade, {
      params: { applicationId },
      body,
      idempotencyKey,
    }),
  records: (
    applicationId: string,
    query: EndpointQuery<typeof templateEndpoints.listTemplateUpgradeRecords> = {},
  ) => apiCall(templateEndpoints.listTemplateUpgradeRecords, { params: { applicationId }, query }),
  record: (applicationId: string, upgradeId: string) =>
    apiCall(templateEndpoints.getTemplateUpgradeRecord, { params: { applicationId, upgradeId } }),
  rollbackPreview: (applicationId: string, upgradeId: string, components?: string[]) =>
    apiCall(templateEndpoints.getTemplateRollbackPreview, {
      params: { applicationId, upgradeId },
      query: { components },
    }),
  rollback: (
    applicationId: string,
    upgradeId: string,
    body: RollbackBody,
    idempotencyKey = crypto.randomUUID(),
  ) =>
    apiCall(templateEndpoints.startTemplateRollback, {
      params: { applicationId, upgradeId },
      body,
      idempotencyKey,
    }),
  operation: (operationId: string) =>
    apiCall(operationEndpoints.getOperation, { params: { operationId } }),
  history: (resourceType: string, resourceId: string) =>
    apiCall(operationEndpoints.listAudit, { query: { resourceType, resourceId } }),
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
