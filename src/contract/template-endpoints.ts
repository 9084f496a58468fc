import { defineEndpoint } from './endpoint';
import { Operation } from './operations';
import { RevealedTemplateSecrets, RevealTemplateSecretsRequest } from './secret-reveal';
import {
  PublishTemplateVersionRequest,
  TemplateDetail,
  TemplateVersionDetail,
} from './template-detail';
import { TemplateDiff, TemplateDiffQuery } from './template-diff';
import {
  UpgradeRecordDetail,
  UpgradeRecordPage,
  UpgradeRecordQuery,
} from './template-upgrade-records';
import {
  InstalledApplicationDetail,
  InstalledApplicationPage,
  InstalledApplicationParams,
  InstalledApplicationQuery,
  RollbackPreview,
  RollbackPreviewQuery,
  StartRollbackRequest,
  StartTemplateUpgradeRequest,
  UpgradeDiff,
  UpgradeDiffQuery,
  UpgradeRecordParams,
} from './template-upgrades';
import {
  TemplateListQuery,
  TemplatePage,
  TemplateParams,
  TemplateVersionParams,
} from './templates';

const read = [401, 500] as const;
const change = [400, 401, 403, 404, 409, 422, 500] as const;

/**
 * Template upgrades (seed "Application template upgrade"). Spread into the one endpoint table in
 * endpoints.ts. History: listAudit with resourceType "template" or "installed-application".
 */
export const templateEndpoints = {
  listTemplates: defineEndpoint({
    id: 'listTemplates',
    method: 'GET',
    path: '/templates',
    summary: 'Application templates, paginated, sorted and searched on the server',
    tag: 'templates',
    query: TemplateListQuery,
    response: TemplatePage,
    status: 200,
    errors: [400, ...read],
  }),
  getTemplate: defineEndpoint({
    id: 'getTemplate',
    method: 'GET',
    path: '/templates/{templateId}',
    summary:
      'One template: its release records and what its source application changed since the latest version',
    tag: 'templates',
    params: TemplateParams,
    response: TemplateDetail,
    status: 200,
    errors: [404, ...read],
  }),
  getTemplateVersion: defineEndpoint({
    id: 'getTemplateVersion',
    method: 'GET',
    path: '/templates/{templateId}/versions/{version}',
    summary: 'One published version of a template, with its components',
    tag: 'templates',
    params: TemplateVersionParams,
    response: TemplateVersionDetail,
    status: 200,
    errors: [400, 404, ...read],
  }),
  revealTemplateSecrets: defineEndpoint({
    id: 'revealTemplateSecrets',
    method: 'POST',
    path: '/templates/{templateId}/versions/{version}/secrets/reveal',
    summary:
      "Read secret environment variables of a version's components in clear: every other answer (versions, diffs, upgrade details, rollback previews) masks them. Recorded in the audit trail (who, when, which keys; never the values). 404 for an unknown component or key; 422 for a key that is not secret",
    tag: 'templates',
    params: TemplateVersionParams,
    body: RevealTemplateSecretsRequest,
    response: RevealedTemplateSecrets,
    status: 200,
    permission: 'secrets:read',
    errors: [400, 401, 403, 404, 422, 500],
  }),
  publishTemplateVersion: defineEndpoint({
    id: 'publishTemplateVersion',
    method: 'POST',
    path: '/templates/{templateId}/versions',
    summary:
      'Publish the source application as a new version, greater than the latest (422 names the latest)',
    tag: 'templates',
    params: TemplateParams,
    body: PublishTemplateVersionRequest,
    response: Operation,
    status: 202,
    startsOperation: true,
    revisioned: true,
    permission: 'templates:publish',
    errors: change,
  }),
  getTemplateDiff: defineEndpoint({
    id: 'getTemplateDiff',
    method: 'GET',
    path: '/templates/{templateId}/diff',
    summary:
      'The differences between two versions of a template: components added, changed (field by field), removed and unchanged',
    tag: 'templates',
    params: TemplateParams,
    query: TemplateDiffQuery,
    response: TemplateDiff,
    status: 200,
    errors: [400, 404, ...read],
  }),
  listInstalledApplications: defineEndpoint({
    id: 'listInstalledApplications',
    method: 'GET',
    path: '/installed-applications',
    summary:
      'Applications installed from templates, with their template version and whether newer ones exist',
    tag: 'templates',
    query: InstalledApplicationQuery,
    response: InstalledApplicationPage,
    status: 200,
    errors: [400, ...read],
  }),
  getInstalledApplication: defineEndpoint({
    id: 'getInstalledApplication',
    method: 'GET',
    path: '/installed-applications/{applicationId}',
    summary:
      'Upgrade management: current version, the versions it can be upgraded to, its components and any unfinished upgrade',
    tag: 'templates',
    params: InstalledApplicationParams,
    response: InstalledApplicationDetail,
    status: 200,
    errors: [404, ...read],
  }),
  getTemplateUpgradeDiff: defineEndpoint({
    id: 'getTemplateUpgradeDiff',
    method: 'GET',
    path: '/installed-applications/{applicationId}/upgrade-diff',
    summary:
      'Upgrade details: what upgrading the application to a version would change, component by component',
    tag: 'templates',
    params: InstalledApplicationParams,
    query: UpgradeDiffQuery,
    response: UpgradeDiff,
    status: 200,
    errors: [400, 404, ...read],
  }),
  startTemplateUpgrade: defineEndpoint({
    id: 'startTemplateUpgrade',
    method: 'POST',
    path: '/installed-applications/{applicationId}/upgrades',
    summary:
      'Upgrade the chosen components to a template version (409 while another upgrade or rollback is unfinished)',
    tag: 'templates',
    params: InstalledApplicationParams,
    body: StartTemplateUpgradeRequest,
    response: Operation,
    status: 202,
    startsOperation: true,
    revisioned: true,
    permission: 'templates:upgrade',
    errors: change,
  }),
  listTemplateUpgradeRecords: defineEndpoint({
    id: 'listTemplateUpgradeRecords',
    method: 'GET',
    path: '/installed-applications/{applicationId}/upgrades',
    summary: "An application's upgrade records, newest first",
    tag: 'templates',
    params: InstalledApplicationParams,
    query: UpgradeRecordQuery,
    response: UpgradeRecordPage,
    status: 200,
    errors: [400, 404, ...read],
  }),
  getTemplateUpgradeRecord: defineEndpoint({
    id: 'getTemplateUpgradeRecord',
    method: 'GET',
    path: '/installed-applications/{applicationId}/upgrades/{upgradeId}',
    summary:
      'One upgrade record: who, when, from → to, which components, its status and whether it can be rolled back',
    tag: 'templates',
    params: UpgradeRecordParams,
    response: UpgradeRecordDetail,
    status: 200,
    errors: [404, ...read],
  }),
  getTemplateRollbackPreview: defineEndpoint({
    id: 'getTemplateRollbackPreview',
    method: 'GET',
    path: '/installed-applications/{applicationId}/upgrades/{upgradeId}/rollback-preview',
    summary:
      'The differences a rollback of the most recent upgrade would apply; components it added stay',
    tag: 'templates',
    params: UpgradeRecordParams,
    query: RollbackPreviewQuery,
    response: RollbackPreview,
    status: 200,
    errors: [400, 404, 409, 422, ...read],
  }),
  startTemplateRollback: defineEndpoint({
    id: 'startTemplateRollback',
    method: 'POST',
    path: '/installed-applications/{applicationId}/upgrades/{upgradeId}/rollback',
    summary:
      'Roll back the most recent upgrade: restore the chosen components to their previous version; components it added stay',
    tag: 'templates',
    params: UpgradeRecordParams,
    body: StartRollbackRequest,
    response: Operation,
    status: 202,
    startsOperation: true,
    revisioned: true,
    permission: 'templates:upgrade',
    errors: change,
  }),
} as const;
