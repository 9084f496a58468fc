import type { Actor, FieldError } from '@/contract/common';
import { endpoints } from '@/contract/endpoints';
import { secretRevealActions } from '@/contract/secret-reveal';
import { isSecretKey } from '@/contract/secrets';
import type { Variables } from '@/contract/application-detail';
import { route } from '../http';
import { problems } from '../problems';
import { recordAudit } from '../records';
import { seedDetails } from '../seed/application-details';
import { findTemplate, versionComponents, versionRecord } from '../templates-db';
import { findApplication } from './applications';

/** 422 naming every key asked for that is not secret: its value is answered in clear anyway. */
function refuseNonSecret(keys: readonly string[]) {
  const errors: FieldError[] = keys.flatMap((key, i) =>
    isSecretKey(key)
      ? []
      : [
          {
            field: `fields.${String(i)}.key`,
            message: `${key} is not a secret: its value is answered in clear.`,
          },
        ],
  );
  if (errors.length > 0) {
    throw problems.unprocessable(
      'Only secret values can be revealed',
      'Ask only for keys that look secret: every other value is answered in clear.',
      errors,
    );
  }
}

function valueOf(variables: Variables | undefined, key: string, where: string): string {
  const value = variables?.[key];
  if (value === undefined) throw problems.notFound('Secret', `${key} of ${where}`);
  return value;
}

const actorOf = (user: Actor): Actor => ({ id: user.id, name: user.name });

/**
 * The only answers that carry secret values (ADR 0010): for holders of secrets:read, each
 * recorded in the audit trail with the keys it read, never the values.
 */
export const secretHandlers = [
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

  route(endpoints.revealTemplateSecrets, ({ db, params, body, user, now }) => {
    const t = findTemplate(db, params.templateId);
    const { version } = versionRecord(t, params.version);
    refuseNonSecret(body.fields.map((f) => f.key));
    const components = new Map(versionComponents(t, version).map((c) => [c.name, c]));
    const values = body.fields.map((f) => {
      const component = components.get(f.component);
      if (!component) throw problems.notFound('Component', `${f.component} (version ${version})`);
      return { ...f, value: valueOf(component.env, f.key, `${f.component} at ${version}`) };
    });
    recordAudit(db, now, {
      actor: actorOf(user),
      action: secretRevealActions.template,
      resource: { type: 'template', id: t.id, name: t.name },
      fields: body.fields.map((f) => `${f.key} of ${f.component} at ${version}`),
      outcome: 'succeeded',
    });
    return { values };
  }),
];
