import { endpoints } from '@/contract/endpoints';
import { secretRevealActions } from '@/contract/secret-reveal';
import { route } from '../core/http';
import { problems } from '../core/problems';
import { recordAudit } from '../core/records';
import { actorOf, refuseNonSecret, valueOf } from '../core/secret-reveal';
import { findTemplate, versionComponents, versionRecord } from './state';

/**
 * The only answer that carries a template version's secret values (ADR 0010): for holders of
 * secrets:read, recorded in the audit trail with the keys it read, never the values.
 */
export const templateSecretHandlers = [
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
