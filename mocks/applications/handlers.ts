import type { ApplicationSortField, ApplicationSummary } from '@/contract/applications';
import { endpoints } from '@/contract/endpoints';
import { isUpgradeAvailable, latestVersion } from '@/features/applications/rules';
import type { Db } from '../db';
import type { ApplicationRecord } from './state';
import { route } from '../core/http';
import { findUnfinished, publicOperation, startOperation } from '../core/operations';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import { matchesText, paginate } from '../core/paging';
import { READINESS_CHECK } from './readiness-check';
import { maskOwner } from '../core/secret-masking';
import { releasesOf, seedDetails } from './seed-details';

function projectOf(db: Db, app: ApplicationRecord) {
  const project = db.projects.find((p) => p.id === app.projectId);
  if (!project) throw new Error(`Application ${app.id} has no project ${app.projectId}`);
  return project;
}

export function toSummary(
  db: Db,
  app: ApplicationRecord,
  project = projectOf(db, app),
): ApplicationSummary {
  const { projectId: _projectId, generated: _generated, ...rest } = app;
  return {
    ...rest,
    project: { id: project.id, name: project.name },
    latestProjectVersion: latestVersion(project.releasedVersions),
    upgradeAvailable: isUpgradeAvailable(project.releasedVersions, app.projectVersion),
  };
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(
  field: ApplicationSortField,
  a: ApplicationSummary,
  b: ApplicationSummary,
): number {
  switch (field) {
    case 'project':
      return collator.compare(a.project.name, b.project.name);
    case 'projectVersion':
    case 'applicationVersion':
      return a[field] - b[field];
    default:
      return collator.compare(a[field], b[field]);
  }
}

export function findApplication(db: Db, id: string): ApplicationRecord {
  const app = db.applications.find((a) => a.id === id);
  if (!app) throw problems.notFound('Application', id);
  return app;
}

export const applicationHandlers = [
  route(endpoints.listApplications, ({ db, query }) => {
    const projects = new Map(db.projects.map((p) => [p.id, p]));
    const unknown = query.project?.find((id) => !projects.has(id));
    if (unknown) {
      const message = `No project has the id "${unknown}".`;
      throw problems.badRequest(message, [{ field: 'project', message }]);
    }
    const wanted = query.project?.length ? new Set(query.project) : undefined;
    const direction = query.order === 'desc' ? -1 : 1;
    // Record fields first, so only the rows that remain are summarised.
    const rows = db.applications
      .filter(
        (a) =>
          (!wanted || wanted.has(a.projectId)) &&
          (query.projectVersion === undefined || a.projectVersion === query.projectVersion) &&
          (query.applicationVersion === undefined ||
            a.applicationVersion === query.applicationVersion) &&
          (!query.status?.length || query.status.includes(a.status)) &&
          (!query.deployedVia || a.deployedVia === query.deployedVia) &&
          matchesText(query.q, a.name),
      )
      .map((a) => toSummary(db, a, projects.get(a.projectId)))
      .filter(
        (a) =>
          query.upgradeAvailable === undefined || a.upgradeAvailable === query.upgradeAvailable,
      )
      .sort((a, b) => direction * compare(query.sort, a, b) || collator.compare(a.name, b.name));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(endpoints.listProjects, ({ db }) => ({
    items: db.projects
      .map((p) => ({
        id: p.id,
        name: p.name,
        releasedVersions: [...new Set(p.releasedVersions)].sort((a, b) => a - b),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  })),

  route(endpoints.getApplication, ({ db, params }) => {
    const app = findApplication(db, params.applicationId);
    const project = projectOf(db, app);
    const details = db.details[app.id] ?? seedDetails(app, project);
    return {
      ...toSummary(db, app),
      ...details,
      // Write-only: secret values are read through revealApplicationSecrets alone.
      services: details.services.map(maskOwner),
      connectors: details.connectors.map(maskOwner),
      releases: releasesOf(project),
    };
  }),

  route(endpoints.startReadinessCheck, ({ db, params, user, now }) => {
    const app = findApplication(db, params.applicationId);
    const resource = { type: 'application', id: app.id, name: app.name };
    const running = findUnfinished(db, READINESS_CHECK, app.id);
    if (running) {
      throw problems.conflict(
        'A readiness check is already running',
        `Operation ${running.id} is checking ${app.name}; wait for it to finish.`,
      );
    }
    const actor = { id: user.id, name: user.name };
    const op = startOperation(db, now, {
      kind: READINESS_CHECK,
      resource,
      input: { applicationId: app.id },
      actor,
    });
    recordAudit(db, now, { actor, action: READINESS_CHECK, resource, outcome: 'started' });
    return publicOperation(op);
  }),
];
