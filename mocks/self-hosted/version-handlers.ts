import { endpoints } from '@/contract/endpoints';
import { selfHostedAuditActions, selfHostedOperationKinds } from '@/contract/self-hosted-tenants';
import { route } from '../core/http';
import { publicOperation, startOperation } from '../core/operations';
import { recordAudit } from '../core/records';
import { activeVersionOf, applyVersionEvent, findSelfHosted, findVersion } from './state';
import { startProvisioning } from './tenants';
import { selfHostedResource, type SwitchInput } from './operations';
import { toSelfHostedDetail } from './view';

/** Register to Test, withdraw, Confirm Update / Confirm Reactivate. Refusals: rules.ts. */
export const selfHostedVersionHandlers = [
  route(endpoints.registerAppVersion, ({ db, params, user, now }) => {
    const app = findSelfHosted(db, params.applicationId);
    applyVersionEvent(
      app,
      { type: 'register', version: params.version },
      new Date(now).toISOString(),
    );
    const actor = { id: user.id, name: user.name };
    const resource = selfHostedResource(app);
    const kind = selfHostedOperationKinds.register;
    const op = startOperation(db, now, {
      kind,
      resource,
      actor,
      input: { version: params.version },
    });
    const record = findVersion(app, params.version);
    record.operationId = op.id;
    delete record.failure;
    recordAudit(db, now, { actor, action: kind, resource, to: params.version, outcome: 'started' });
    return publicOperation(op);
  }),

  route(endpoints.withdrawAppVersionRegistration, ({ db, params, user, now }) => {
    const app = findSelfHosted(db, params.applicationId);
    applyVersionEvent(
      app,
      { type: 'withdraw', version: params.version },
      new Date(now).toISOString(),
    );
    const record = findVersion(app, params.version);
    delete record.registeredAt;
    delete record.registeredBy;
    recordAudit(db, now, {
      actor: { id: user.id, name: user.name },
      action: selfHostedAuditActions.withdraw,
      resource: selfHostedResource(app),
      from: params.version,
      outcome: 'succeeded',
    });
    return toSelfHostedDetail(db, app);
  }),

  route(endpoints.startAppVersionSwitch, ({ db, params, body, user, now }) => {
    const app = findSelfHosted(db, params.applicationId);
    const from = activeVersionOf(app);
    const { version, direction, comment } = body;
    applyVersionEvent(app, { type: 'confirm', version, direction }, new Date(now).toISOString());
    const to = findVersion(app, version);
    const credentials = from.requiresAppCredentials || to.requiresAppCredentials;
    const input: SwitchInput = { from: from.version, to: version, direction, credentials, comment };
    const actor = { id: user.id, name: user.name };
    const resource = selfHostedResource(app);
    const kind = selfHostedOperationKinds[direction];
    const op = startOperation(db, now, {
      kind,
      resource,
      actor,
      input: { ...input },
      skipSteps: credentials ? [] : ['provision'],
    });
    to.operationId = op.id;
    delete to.failure;
    recordAudit(db, now, {
      actor,
      action: kind,
      resource,
      from: from.version,
      to: version,
      comment,
      outcome: 'started',
    });
    op.input.tenantsBefore = startProvisioning(
      db,
      app,
      { from: from.version, to: version, credentials },
      now,
    );
    return publicOperation(op);
  }),
];
