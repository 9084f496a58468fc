import { endpoints } from '@/contract/endpoints';
import type { UpgradeRequest } from '@/contract/upgrades';
import { adminRoleViolations, nextApplicationVersion } from '@/features/applications/rules';
import { upgradeProblems } from '@/features/applications/upgrade-rules';
import type { OperationRecord } from '../core/state';
import type { Db } from '../db';
import { route } from '../core/http';
import {
  findUnfinished,
  publicOperation,
  registerOperationKind,
  startOperation,
} from '../core/operations';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import { releasesOf, seedDetails } from './seed-details';
import { accessOf } from './access-handlers';
import { findApplication } from './handlers';
import { unmaskOwners } from '../core/secret-masking';

export const UPGRADE = 'application.upgrade';

const versions = (projectVersion: number, applicationVersion: number) =>
  `project version ${projectVersion} (application version ${applicationVersion})`;

function requestOf(op: OperationRecord) {
  return op.input as { applicationId: string; from: string; to: string; request: UpgradeRequest };
}

function detailsOf(db: Db, applicationId: string) {
  const app = findApplication(db, applicationId);
  const project = db.projects.find((p) => p.id === app.projectId);
  if (!project) throw new Error(`No project ${app.projectId}`);
  return { app, project, details: db.details[app.id] ?? seedDetails(app, project) };
}

registerOperationKind(UPGRADE, {
  title: (input) =>
    `Upgrade to project version ${String((input.request as UpgradeRequest).projectVersion)}`,
  steps: [
    { id: 'validate', title: 'Validate the upgrade', ms: 500 },
    { id: 'models', title: 'Deploy the new project version', ms: 1200 },
    { id: 'connectors', title: 'Update connectors', ms: 800 },
    { id: 'access', title: 'Update admin and user access', ms: 500 },
    { id: 'switch', title: 'Start new work on the new application version', ms: 600 },
  ],
  complete: (db, op) => {
    const { applicationId, request } = requestOf(op);
    const { app, details } = detailsOf(db, applicationId);
    const applicationVersion = nextApplicationVersion(app.applicationVersion);
    // Running work stays on its version; new work starts on the new one.
    db.details[app.id] = {
      ...details,
      connectors: request.connectors,
      runningWork: [
        ...details.runningWork,
        { applicationVersion, processInstances: 0, taskInstances: 0 },
      ],
    };
    db.access[app.id] = {
      applicationId: app.id,
      revision: accessOf(db, app.id).revision + 1,
      ...request.access,
    };
    Object.assign(app, {
      projectVersion: request.projectVersion,
      applicationVersion,
      status: 'running',
      revision: app.revision + 1,
      updatedAt: new Date().toISOString(),
    });
    return { projectVersion: request.projectVersion, applicationVersion };
  },
  auditDetails: (op) => {
    const { from, to, request } = requestOf(op);
    return { from, to, comment: request.comment };
  },
  onFailure: (db, op) => {
    const app = db.applications.find((a) => a.id === requestOf(op).applicationId);
    if (app) app.status = 'running';
  },
});

export const applicationUpgradeHandlers = [
  route(endpoints.startUpgrade, ({ db, params, body, user, now }) => {
    const { app, project, details } = detailsOf(db, params.applicationId);
    if (app.deployedVia === 'helm') {
      throw problems.unprocessable(
        'Applications deployed with Helm cannot be upgraded',
        `${app.name} was deployed with Helm; only applications deployed by the deployment service can be upgraded.`,
      );
    }
    const running = findUnfinished(db, UPGRADE, app.id);
    if (running) {
      throw problems.conflict(
        'An upgrade is already running',
        `${app.name} is being upgraded by operation ${running.id}; wait for it to finish.`,
      );
    }
    if (body.revision !== app.revision) {
      throw problems.conflict(
        'Someone else changed this application',
        `You started from revision ${body.revision}, but ${app.name} is now at revision ${app.revision}.`,
        app.revision,
      );
    }
    // The upgrade writes access too: one reviewed before a change saved there would undo it.
    const access = accessOf(db, app.id);
    if (body.accessRevision !== access.revision) {
      const detail = `You reviewed access at revision ${body.accessRevision}, but it is now at revision ${access.revision}.`;
      throw problems.conflict(
        "Someone else changed this application's access",
        `${detail} Upgrading now would undo their change.`,
        access.revision,
        [{ field: 'accessRevision', message: detail }],
      );
    }
    // Secrets sent back as the mask keep their stored values; from here on the request is real.
    const connectors = unmaskOwners(body.connectors, details.connectors, 'connectors');
    const services = unmaskOwners(body.services ?? [], details.services, 'services');
    const request: UpgradeRequest = {
      ...body,
      connectors: connectors.owners,
      ...(body.services ? { services: services.owners } : {}),
    };
    const errors = [
      ...connectors.problems,
      ...services.problems,
      ...upgradeProblems(
        {
          ...details,
          name: app.name,
          projectVersion: app.projectVersion,
          releases: releasesOf(project),
        },
        request,
      ),
      ...adminRoleViolations(body.access.admins, db).map((e) => ({
        ...e,
        field: `access.${e.field}`,
      })),
    ];
    if (errors.length > 0) {
      throw problems.unprocessable(
        'The upgrade was refused',
        'Correct the highlighted choices and try again.',
        errors,
      );
    }
    const actor = { id: user.id, name: user.name };
    const resource = { type: 'application', id: app.id, name: app.name };
    const from = versions(app.projectVersion, app.applicationVersion);
    const to = versions(body.projectVersion, nextApplicationVersion(app.applicationVersion));
    const op = startOperation(db, now, {
      kind: UPGRADE,
      resource,
      actor,
      input: { applicationId: app.id, from, to, request },
    });
    app.status = 'upgrading';
    recordAudit(db, now, {
      actor,
      action: UPGRADE,
      resource,
      from,
      to,
      comment: body.comment,
      outcome: 'started',
    });
    return publicOperation(op);
  }),
];
