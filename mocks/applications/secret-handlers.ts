import { endpoints } from '@/contract/endpoints';
import { secretRevealActions } from '@/contract/secret-reveal';
import { route } from '../core/http';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import { actorOf, refuseNonSecret, valueOf } from '../core/secret-reveal';
import { findApplication } from './handlers';
import { seedDetails } from './seed-details';

/**
 * The only answer that carries an application's secret values (ADR 0010): for holders of
 * secrets:read, recorded in the audit trail with the keys it read, never the values.
 */
export const applicationSecretHandlers = [
  route(endpoints.revealApplicationSecrets, ({ db, params, body, user, now }) => {
    const app = findApplication(db, params.applicationId);
    refuseNonSecret(body.fields.map((f) => f.key));
    const project = db.projects.find((p) => p.id === app.projectId);
    if (!project) throw new Error(`No project ${app.projectId}`);
    const details = db.details[app.id] ?? seedDetails(app, project);
    const values = body.fields.map((f) => {
      const owners = f.owner === 'service' ? details.services : details.connectors;
      const owner = owners.find((o) => o.name === f.name);
      if (!owner) throw problems.notFound(f.owner === 'service' ? 'Service' : 'Connector', f.name);
      return { ...f, value: valueOf(owner.variables, f.key, `${f.owner} ${f.name}`) };
    });
    recordAudit(db, now, {
      actor: actorOf(user),
      action: secretRevealActions.application,
      resource: { type: 'application', id: app.id, name: app.name },
      fields: body.fields.map((f) => `${f.key} of ${f.owner} ${f.name}`),
      outcome: 'succeeded',
    });
    return { values };
  }),
];
