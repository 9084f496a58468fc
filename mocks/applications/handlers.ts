import { endpoints } from '@/contract/endpoints';
import type { Db } from '../db';
import type { ApplicationRecord } from './state';
import { route } from '../core/http';
import { findUnfinished, publicOperation, startOperation } from '../core/operations';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import { READINESS_CHECK } from './readiness-check';
import { maskOwner } from '../core/secret-masking';
import { releasesOf, seedDetails } from './seed-details';
import { collator } from './collation';
import { listApplications } from './list-applications';
import { projectOf, toSummary } from './summary';

export function findApplication(db: Db, id: string): ApplicationRecord {
  const app = db.applications.find((a) => a.id === id);
  if (!app) throw problems.notFound('Application', id);
  return app;
}

export const applicationHandlers = [
  route(endpoints.listApplications, ({ db, query }) => listApplications(db, query)),

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
