import type { ApplicationDetail } from '@/contract/application-detail';
import { endpoints } from '@/contract/endpoints';
import type { UpgradeRequest } from '@/contract/upgrades';
import { apiCall } from '@/lib/api-client';
import type { ApiError } from '@/lib/problem';
import { simulator } from '../simulator';

const email = {
  name: 'email-connector',
  kind: 'out-of-the-box' as const,
  type: 'email',
  image: 'activiti/email-connector:7.1.0',
  variables: { EMAIL_HOST: 'https://mysmtp.com', EMAIL_PORT: '8050' },
};

const read = (applicationId: string) =>
  apiCall(endpoints.getApplication, { params: { applicationId } });

function requestFor(app: ApplicationDetail, patch: Partial<UpgradeRequest> = {}): UpgradeRequest {
  return {
    revision: app.revision,
    // Every seeded access list starts at revision 1.
    accessRevision: 1,
    name: app.name,
    projectVersion: 10,
    access: {
      admins: { users: ['u-admin'], groups: [] },
      users: { users: [], groups: ['g-finance-users'] },
    },
    connectors: [...app.connectors, email],
    services: app.services,
    infrastructure: app.infrastructure,
    comment: 'Adds e-mail notifications',
    ...patch,
  };
}

const upgrade = (
  applicationId: string,
  body: UpgradeRequest,
  idempotencyKey: string = crypto.randomUUID(),
) => apiCall(endpoints.startUpgrade, { params: { applicationId }, body, idempotencyKey });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as ApiError,
  );

describe('upgrading an application', () => {
  afterEach(() => {
    simulator.now = () => Date.now();
  });

  it('moves invoice-approvals from project version 4 to 10 and application version 3 to 4', async () => {
    let now = Date.parse('2026-11-22T10:00:00Z');
    simulator.now = () => now;
    const before = await read('app-001');
    const op = await upgrade('app-001', requestFor(before));
    expect((await read('app-001')).status).toBe('upgrading');
    now += 60_000;
    const done = await apiCall(endpoints.getOperation, { params: { operationId: op.id } });
    expect(done).toMatchObject({
      status: 'succeeded',
      result: { projectVersion: 10, applicationVersion: 4 },
    });
    const after = await read('app-001');
    expect(after).toMatchObject({
      projectVersion: 10,
      applicationVersion: 4,
      status: 'running',
      upgradeAvailable: false,
    });
    expect(after.connectors.find((c) => c.name === 'email-connector')?.variables).toEqual(
      email.variables,
    );
    expect(after.runningWork.map((w) => w.applicationVersion)).toEqual([1, 2, 3, 4]);
    expect(simulator.db.audit.at(-1)).toMatchObject({
      action: 'application.upgrade',
      outcome: 'succeeded',
      from: 'project version 4 (application version 3)',
      to: 'project version 10 (application version 4)',
      comment: 'Adds e-mail notifications',
    });
  });

  it('starts one upgrade for a double click (same Idempotency-Key) and refuses a second one (409)', async () => {
    const app = await read('app-001');
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      upgrade('app-001', requestFor(app), key),
      upgrade('app-001', requestFor(app), key),
    ]);
    expect(a.id).toBe(b.id);
    const second = await refusal(upgrade('app-001', requestFor(app)));
    expect(second).toMatchObject({ status: 409, title: 'An upgrade is already running' });
  });

  it.each<[string, (app: ApplicationDetail) => Partial<UpgradeRequest>, string, RegExp]>([
    ['a target not higher', () => ({ projectVersion: 2 }), 'projectVersion', /higher than 4/],
    ['a target not released', () => ({ projectVersion: 7 }), 'projectVersion', /not released/],
    ['a new name', () => ({ name: 'invoices' }), 'name', /cannot rename/],
    [
      'another image for a service',
      (app) => ({
        services: app.services.map((s, i) => (i === 0 ? { ...s, image: 'evil/image:1' } : s)),
      }),
      'services.0.image',
      /Only connectors can get a new image/,
    ],
    [
      'a new variable for a service',
      (app) => ({
        services: app.services.map((s, i) =>
          i === 2 ? { ...s, variables: { DEBUG: 'true' } } : s,
        ),
      }),
      'services.2.variables.DEBUG',
      /cannot add DEBUG of audit-service/,
    ],
    [
      'an infrastructure change',
      (app) => ({ infrastructure: { ...app.infrastructure, replicas: 5 } }),
      'infrastructure.replicas',
      /cannot be changed/,
    ],
    [
      'an administrator without ACTIVITI_ADMIN',
      () => ({
        access: { admins: { users: ['u-sofia'], groups: [] }, users: { users: [], groups: [] } },
      }),
      'access.admins.users.0',
      /Sofia Lindqvist does not hold the ACTIVITI_ADMIN role/,
    ],
    [
      'a connector the target needs',
      (app) => ({ connectors: app.connectors }),
      'connectors',
      /uses the connector email-connector/,
    ],
    [
      'the e-mail connector without EMAIL_PORT',
      (app) => ({ connectors: [...app.connectors, { ...email, variables: { EMAIL_HOST: 'h' } }] }),
      'connectors.1.variables',
      /needs EMAIL_PORT/,
    ],
  ])('refuses %s with 422 at the field', async (_what, patch, field, message) => {
    const app = await read('app-001');
    const e = await refusal(upgrade('app-001', requestFor(app, patch(app))));
    expect(e.status).toBe(422);
    expect(e.fieldErrors[field]).toMatch(message);
    expect(simulator.db.operations).toHaveLength(0);
  });

  it('refuses a Helm-deployed application, a stale revision and a viewer', async () => {
    const helm = await read('app-003');
    expect(await refusal(upgrade('app-003', requestFor(helm)))).toMatchObject({
      status: 422,
      title: 'Applications deployed with Helm cannot be upgraded',
    });
    const app = await read('app-001');
    expect(
      (await refusal(upgrade('app-001', requestFor(app, { revision: app.revision + 1 })))).status,
    ).toBe(409);
    simulator.signInAs('u-viewer');
    expect((await refusal(upgrade('app-001', requestFor(app)))).status).toBe(403);
    simulator.signInAs('u-operator');
    expect((await refusal(upgrade('app-001', requestFor(app)))).status).toBe(403);
    expect(simulator.db.operations).toHaveLength(0);
  });

  it("puts a custom connector renamed to the e-mail connector's name at the custom one", async () => {
    const app = await read('app-001');
    const [erp] = app.connectors;
    if (!erp) throw new Error('app-001 has no connector');
    const e = await refusal(
      upgrade('app-001', requestFor(app, { connectors: [{ ...erp, name: email.name }, email] })),
    );
    expect(e.status).toBe(422);
    expect(e.fieldErrors['connectors.0.name']).toMatch(/name of the Email connector/);
    expect(e.fieldErrors).not.toHaveProperty(['connectors.1.name']);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a value over 4,096 characters',
      { SMTP_PASSWORD: 'p'.repeat(5000) },
      /value of SMTP_PASSWORD is 5,000 characters long; the limit is 4,096/,
    ],
    [
      'more than 100 variables',
      // With EMAIL_HOST and EMAIL_PORT: 101.
      Object.fromEntries(Array.from({ length: 99 }, (_, i) => [`V${String(i)}`, '1'])),
      /101 variables; a connector can have at most 100/,
    ],
    [
      'a name over 128 characters',
      { [`K${'E'.repeat(300)}`]: 'v' },
      /variable name is 301 characters long .*; the limit is 128/,
    ],
    [
      'more than 64 KiB of JSON',
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`V${String(i)}`, 'v'.repeat(4000)])),
      /take 78\.\d KiB as JSON; a connector's variables can take at most 64 KiB/,
    ],
  ])(
    'refuses connector variables with %s (422 at the connector field)',
    async (_w, vars, message) => {
      const app = await read('app-001');
      const variables = { ...email.variables, ...vars };
      const e = await refusal(
        upgrade(
          'app-001',
          requestFor(app, { connectors: [...app.connectors, { ...email, variables }] }),
        ),
      );
      expect(e.status).toBe(422);
      expect(e.fieldErrors['connectors.1.variables']).toMatch(message);
      expect(Object.keys(e.fieldErrors)).toEqual(['connectors.1.variables']);
      expect(JSON.stringify(e)).not.toMatch(/pppp|vvvv/);
      expect(JSON.stringify(e).length).toBeLessThan(500);
      expect(simulator.db.operations).toHaveLength(0);
    },
  );
});

describe('an upgrade and an access change saved meanwhile', () => {
  const readAccess = (applicationId: string) =>
    apiCall(endpoints.getApplicationAccess, { params: { applicationId } });

  it('refuses the upgrade reviewed against the old access (409), keeping the user added meanwhile; the fresh revision upgrades', async () => {
    const app = await read('app-001');
    const reviewed = await readAccess('app-001');
    const chosen = { admins: reviewed.admins, users: reviewed.users };
    // Another person adds Ken Watanabe in Manage access while the wizard sits at Review.
    const saved = await apiCall(endpoints.updateApplicationAccess, {
      params: { applicationId: 'app-001' },
      body: {
        revision: reviewed.revision,
        admins: reviewed.admins,
        users: { ...reviewed.users, users: [...reviewed.users.users, 'u-ken'] },
      },
    });

    const stale = await refusal(
      upgrade('app-001', requestFor(app, { accessRevision: reviewed.revision, access: chosen })),
    );
    expect(stale).toMatchObject({
      status: 409,
      title: "Someone else changed this application's access",
      currentRevision: saved.revision,
    });
    expect(stale.fieldErrors.accessRevision).toMatch(/now at revision 2/);
    expect((await readAccess('app-001')).users.users).toEqual(['u-ken']);
    expect(await read('app-001')).toMatchObject({ status: 'running', revision: app.revision });
    expect(simulator.db.operations).toHaveLength(0);

    const latest = await readAccess('app-001');
    const op = await upgrade(
      'app-001',
      requestFor(app, {
        accessRevision: latest.revision,
        access: { admins: latest.admins, users: latest.users },
      }),
    );
    const started = simulator.now();
    simulator.now = () => started + 60_000;
    const done = await apiCall(endpoints.getOperation, { params: { operationId: op.id } });
    expect(done.status).toBe('succeeded');
    expect(await readAccess('app-001')).toMatchObject({
      revision: latest.revision + 1,
      users: { users: ['u-ken'], groups: ['g-finance-users'] },
    });
  });
});
