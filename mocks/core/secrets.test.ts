import type { ApplicationDetail } from '@/contract/application-detail';
import type { Endpoint } from '@/contract/endpoint';
import { endpoints } from '@/contract/endpoints';
import { SECRET_MASK, isSecretKey } from '@/contract/secrets';
import type { UpgradeRequest } from '@/contract/upgrades';
import { apiCall, buildUrl } from '@/lib/api-client';
import { seedDetails } from '../applications/seed-details';
import { simulator } from '../simulator';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { sourceComponents, versionComponents } from '../templates/state';

const PERSONAS = ['u-viewer', 'u-product-owner', 'u-operator', 'u-admin'] as const;
/** Typed into an upgrade below: it must never come back either. */
const TYPED = 'typed-smtp-Zq9!4242';

/** Every secret value the simulator holds: application variables and template environments. */
function storedSecrets(): Set<string> {
  const { db } = simulator;
  const values = new Set<string>();
  const add = (vars: Record<string, string>) => {
    for (const [key, value] of Object.entries(vars)) {
      if (isSecretKey(key) && value.length >= 6 && value !== SECRET_MASK) values.add(value);
    }
  };
  for (const app of db.applications) {
    const project = db.projects.find((p) => p.id === app.projectId);
    if (!project) continue;
    const details = db.details[app.id] ?? seedDetails(app, project);
    for (const owner of [...details.services, ...details.connectors]) add(owner.variables);
  }
  for (const t of db.templateUpgrades.templates) {
    for (const v of t.versions) for (const c of versionComponents(t, v.version)) add(c.env);
    for (const c of sourceComponents(t)) add(c.env);
  }
  return values;
}

type Call = [Endpoint, Record<string, string>?, Record<string, string>?];

/** Every GET of the endpoint tables, for every seeded resource it can name. */
function everyRead(): Call[] {
  const { db } = simulator;
  const e = endpoints;
  const page = { pageSize: '200' };
  const calls: Call[] = [
    [e.getCurrentUser],
    [e.listUsers, {}, page],
    [e.listGroups, {}, page],
    [e.listRoles],
    [e.listApplications, {}, page],
    [e.listProjects],
    [e.listAudit, {}, page],
    [e.listNotifications, {}, page],
    [e.getNotificationSummary],
    [e.listSelfHostedApplications, {}, page],
    [e.listTemplates, {}, page],
    [e.listInstalledApplications, {}, page],
  ];
  for (const app of db.applications) {
    calls.push([e.getApplication, { applicationId: app.id }]);
    calls.push([e.getApplicationAccess, { applicationId: app.id }]);
  }
  for (const op of db.operations) calls.push([e.getOperation, { operationId: op.id }]);
  for (const app of db.selfHosted) {
    const applicationId = app.id;
    calls.push([e.getSelfHostedApplication, { applicationId }]);
    calls.push([e.listSelfHostedTenants, { applicationId }, page]);
    calls.push([e.getSelfHostedSettings, { applicationId }]);
  }
  for (const t of db.templateUpgrades.templates) {
    const templateId = t.id;
    const versions = t.versions.map((v) => v.version);
    calls.push([e.getTemplate, { templateId }]);
    for (const version of versions) calls.push([e.getTemplateVersion, { templateId, version }]);
    versions.forEach((to, i) => {
      const from = versions[i === 0 ? versions.length - 1 : i - 1] ?? to;
      calls.push([e.getTemplateDiff, { templateId }, { from, to }]);
    });
  }
  for (const app of db.templateUpgrades.applications) {
    const applicationId = app.id;
    calls.push([e.getInstalledApplication, { applicationId }]);
    calls.push([e.listTemplateUpgradeRecords, { applicationId }, page]);
    const t = db.templateUpgrades.templates.find((x) => x.id === app.templateId);
    for (const v of t?.versions ?? []) {
      calls.push([e.getTemplateUpgradeDiff, { applicationId }, { to: v.version }]);
    }
    for (const u of db.templateUpgrades.upgrades.filter((x) => x.applicationId === app.id)) {
      calls.push([e.getTemplateUpgradeRecord, { applicationId, upgradeId: u.id }]);
      calls.push([e.getTemplateRollbackPreview, { applicationId, upgradeId: u.id }]);
    }
  }
  calls.push([e.listServers, {}, page], [e.listServerReleases]);
  for (const server of db.servers) {
    const serverId = server.id;
    calls.push([e.getServer, { serverId }], [e.getServerConfiguration, { serverId }]);
    calls.push([e.getServerUpgradePlan, { serverId }, { to: '3.8.1' }]);
    calls.push([e.listServerUpgrades, { serverId }]);
  }
  for (const u of db.serverUpgrades) {
    calls.push([e.getServerUpgrade, { serverId: u.serverId, upgradeId: u.id }]);
  }
  calls.push([e.listPlatformEnvironments], [e.listPlatformReleases], [e.listStagings]);
  calls.push([e.listPlatformReleases, {}, { from: '9.1', to: '11.19.0' }], [e.listUpgradePlans]);
  for (const plan of db.upgradePlans) calls.push([e.getUpgradePlan, { planId: plan.id }]);
  const covered = new Set(calls.map(([endpoint]) => endpoint.id));
  const missed = Object.values(e).filter((x) => x.method === 'GET' && !covered.has(x.id));
  if (missed.length > 0) throw new Error(`Not walked: ${missed.map((x) => x.id).join(', ')}`);
  return calls;
}

const read = (applicationId: string) =>
  apiCall(endpoints.getApplication, { params: { applicationId } });

function upgradeOf(app: ApplicationDetail, connectors: UpgradeRequest['connectors']) {
  const body: UpgradeRequest = {
    revision: app.revision,
    accessRevision: 1,
    name: app.name,
    projectVersion: 10,
    access: {
      admins: { users: ['u-admin'], groups: [] },
      users: { users: [], groups: ['g-finance-users'] },
    },
    connectors,
    // As the person saw them: secret values masked.
    services: app.services,
    infrastructure: app.infrastructure,
  };
  return apiCall(endpoints.startUpgrade, {
    params: { applicationId: app.id },
    body,
    idempotencyKey: crypto.randomUUID(),
  });
}

const email = (variables: Record<string, string>) => ({
  name: 'email-connector',
  kind: 'out-of-the-box' as const,
  type: 'email',
  image: 'activiti/email-connector:7.1.0',
  variables: { EMAIL_HOST: 'https://mysmtp.com', EMAIL_PORT: '8050', ...variables },
});

const revealApp = (
  applicationId: string,
  fields: { owner: 'service' | 'connector'; name: string; key: string }[],
) => apiCall(endpoints.revealApplicationSecrets, { params: { applicationId }, body: { fields } });

const revealVersion = (
  templateId: string,
  version: string,
  fields: { component: string; key: string }[],
) =>
  apiCall(endpoints.revealTemplateSecrets, { params: { templateId, version }, body: { fields } });

describe('secrets are write-only: no answer carries one', () => {
  afterEach(() => {
    simulator.now = () => Date.now();
  });

  it('walks every GET with every persona and finds no stored or typed secret value, only the mask', async () => {
    const clock = simulatedClock();
    const app = await read('app-001');
    const erp = app.connectors.find((c) => c.name === 'erp-connector');
    expect(erp?.variables.API_TOKEN).toBe(SECRET_MASK);
    await upgradeOf(app, [...app.connectors, email({ SMTP_PASSWORD: TYPED })]);
    await apiCall(endpoints.createUpgradePlan, {
      body: { infrastructureId: 'northwind', to: '11.19.0' },
    });
    clock.advance(60_000);

    const secrets = [...storedSecrets(), TYPED];
    expect(secrets).toEqual(
      expect.arrayContaining([
        'gf-admin-2026-rotated',
        'tok-app-001-c0de',
        'pw-app-001-7f3a',
        TYPED,
      ]),
    );
    const calls = everyRead();
    for (const persona of PERSONAS) {
      simulator.signInAs(persona);
      let masked = 0;
      for (const [endpoint, params, query] of calls) {
        const response = await fetch(buildUrl(endpoint, params, query));
        const text = await response.text();
        const leaked = secrets.filter(
          (s) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1)),
        );
        expect(leaked, `${persona} ${endpoint.id} ${JSON.stringify(params)}`).toEqual([]);
        if (text.includes(SECRET_MASK)) masked += 1;
      }
      expect(masked).toBeGreaterThan(50);
    }
  }, 60_000);

  it('still says a rotated secret changed, masked on both sides, with the versions to reveal it from', async () => {
    const diff = await apiCall(endpoints.getTemplateDiff, {
      params: { templateId: 'tpl-observability-stack' },
      query: { from: '1.9', to: '1.10' },
    });
    const grafana = diff.components.find((c) => c.name === 'grafana');
    expect(grafana).toMatchObject({
      change: 'changed',
      beforeVersion: '1.9',
      afterVersion: '1.10',
    });
    expect(grafana?.fields).toContainEqual({
      field: 'env',
      key: 'GF_SECURITY_ADMIN_PASSWORD',
      change: 'changed',
      before: SECRET_MASK,
      after: SECRET_MASK,
      secret: true,
      segments: [],
    });
    expect(grafana?.before?.env.GF_SECURITY_ADMIN_PASSWORD).toBe(SECRET_MASK);
    expect(grafana?.after?.env.GF_SERVER_ROOT_URL).toBe('https://grafana.spacetech.example');
  });
});

describe('revealing secrets', () => {
  const erpToken = { owner: 'connector' as const, name: 'erp-connector', key: 'API_TOKEN' };
  const dbPassword = {
    owner: 'service' as const,
    name: 'runtime-bundle',
    key: 'SPRING_DATASOURCE_PASSWORD',
  };
  const grafana = { component: 'grafana', key: 'GF_SECURITY_ADMIN_PASSWORD' };

  it.each(['u-viewer', 'u-product-owner', 'u-operator'])(
    'is refused to %s (403), and nothing is recorded',
    async (persona) => {
      simulator.signInAs(persona);
      const audit = simulator.db.audit.length;
      expect((await refusal(revealApp('app-001', [erpToken]))).status).toBe(403);
      const error = await refusal(revealVersion('tpl-observability-stack', '1.10', [grafana]));
      expect(error.status).toBe(403);
      expect(error.detail).toMatch(/Administrator/);
      expect(simulator.db.audit).toHaveLength(audit);
    },
  );

  it("gives an administrator an application's values, and records who read which keys, never the values", async () => {
    const { values } = await revealApp('app-001', [erpToken, dbPassword]);
    expect(values).toEqual([
      { ...erpToken, value: 'tok-app-001-c0de' },
      { ...dbPassword, value: 'pw-app-001-7f3a' },
    ]);
    const entry = simulator.db.audit.at(-1);
    expect(entry).toMatchObject({
      action: 'application.secrets.reveal',
      actor: { id: 'u-admin', name: 'Alex Morgan' },
      resource: { type: 'application', id: 'app-001', name: 'invoice-approvals' },
      fields: [
        'API_TOKEN of connector erp-connector',
        'SPRING_DATASOURCE_PASSWORD of service runtime-bundle',
      ],
      outcome: 'succeeded',
    });
    expect(JSON.stringify(entry)).not.toMatch(/tok-app-001|pw-app-001/);
    const history = await apiCall(endpoints.listAudit, {
      query: { resourceType: 'application', resourceId: 'app-001' },
    });
    expect(history.items[0]?.action).toBe('application.secrets.reveal');
  });

  it("gives an administrator a template version's values, recorded the same way", async () => {
    const { values } = await revealVersion('tpl-observability-stack', '1.10', [grafana]);
    expect(values).toEqual([{ ...grafana, value: 'gf-admin-2026-rotated' }]);
    expect(
      (await revealVersion('tpl-observability-stack', '1.9', [grafana])).values[0]?.value,
    ).toBe('gf-admin-2023');
    const entry = simulator.db.audit.at(-1);
    expect(entry).toMatchObject({
      action: 'template.secrets.reveal',
      resource: { type: 'template', id: 'tpl-observability-stack' },
      fields: ['GF_SECURITY_ADMIN_PASSWORD of grafana at 1.9'],
      outcome: 'succeeded',
    });
    expect(JSON.stringify(entry)).not.toContain('gf-admin');
  });

  it('answers 404 for an unknown owner or key and 422 for a key that is not secret, at the field', async () => {
    const unknownKey = await refusal(revealApp('app-001', [{ ...erpToken, key: 'OTHER_TOKEN' }]));
    expect(unknownKey.status).toBe(404);
    expect(unknownKey.detail).toMatch(/OTHER_TOKEN/);
    expect((await refusal(revealApp('app-001', [{ ...erpToken, name: 'nope' }]))).status).toBe(404);
    expect((await refusal(revealApp('app-404', [erpToken]))).status).toBe(404);
    const plain = await refusal(
      revealApp('app-001', [erpToken, { ...erpToken, key: 'SERVICE_URL' }]),
    );
    expect(plain.status).toBe(422);
    expect(plain.fieldErrors['fields.1.key']).toMatch(/SERVICE_URL is not a secret/);

    const version = (f: { component: string; key: string }) =>
      refusal(revealVersion('tpl-observability-stack', '1.10', [f]));
    expect((await version({ component: 'nope', key: 'X_TOKEN' })).status).toBe(404);
    expect((await version({ ...grafana, key: 'ADMIN_TOKEN' })).status).toBe(404);
    expect((await version({ ...grafana, key: 'GF_SERVER_ROOT_URL' })).status).toBe(422);
    expect((await refusal(revealVersion('tpl-observability-stack', '9.9', [grafana]))).status).toBe(
      404,
    );
  });
});

describe('an upgrade sends secrets back as the mask', () => {
  afterEach(() => {
    simulator.now = () => Date.now();
  });

  it('keeps the stored value of an existing secret sent as the mask, and stores a typed one', async () => {
    const clock = simulatedClock();
    const app = await read('app-001');
    const op = await upgradeOf(app, [...app.connectors, email({ SMTP_PASSWORD: TYPED })]);
    clock.advance(60_000);
    expect((await apiCall(endpoints.getOperation, { params: { operationId: op.id } })).status).toBe(
      'succeeded',
    );
    const stored = simulator.db.details['app-001']?.connectors;
    expect(stored?.find((c) => c.name === 'erp-connector')?.variables.API_TOKEN).toBe(
      'tok-app-001-c0de',
    );
    expect(stored?.find((c) => c.name === 'email-connector')?.variables.SMTP_PASSWORD).toBe(TYPED);
    const after = await read('app-001');
    expect(
      after.connectors.find((c) => c.name === 'email-connector')?.variables.SMTP_PASSWORD,
    ).toBe(SECRET_MASK);
  });

  it('refuses the mask for a new connector or a new key (422 at that variable): there is nothing to keep', async () => {
    const app = await read('app-001');
    const newConnector = await refusal(
      upgradeOf(app, [...app.connectors, email({ SMTP_PASSWORD: SECRET_MASK })]),
    );
    expect(newConnector.status).toBe(422);
    expect(newConnector.fieldErrors['connectors.1.variables.SMTP_PASSWORD']).toMatch(
      /^Type the value: •••••••• keeps a deployed secret, and email-connector is not deployed yet\.$/,
    );

    const erp = app.connectors[0];
    if (!erp) throw new Error('no erp-connector');
    const withNewKey = { ...erp, variables: { ...erp.variables, SIGNING_KEY: SECRET_MASK } };
    const newKey = await refusal(upgradeOf(app, [withNewKey, email({})]));
    expect(newKey.status).toBe(422);
    expect(Object.keys(newKey.fieldErrors)).toEqual(['connectors.0.variables.SIGNING_KEY']);
    expect(simulator.db.operations).toEqual([]);
  });
});
