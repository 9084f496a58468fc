import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { ApiError } from '@/lib/problem';
import { simulator } from '../simulator';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const check = (applicationId: string, idempotencyKey = crypto.randomUUID()) =>
  apiCall(endpoints.startReadinessCheck, { params: { applicationId }, idempotencyKey });

describe('identity and authorization', () => {
  it('answers who is signed in, with role and permissions', async () => {
    const me = await apiCall(endpoints.getCurrentUser);
    expect(me).toMatchObject({ id: 'u-admin', consoleRole: 'UPSHIFT_ADMINISTRATOR' });
    expect(me.permissions).toContain('applications:upgrade');
  });

  it('answers 401 when nobody is signed in', async () => {
    simulator.signInAs(null);
    const error = await failure(apiCall(endpoints.listApplications));
    expect(error).toMatchObject({ status: 401, title: 'You are signed out' });
  });

  it('refuses a viewer any mutation with 403 naming the roles that may', async () => {
    simulator.signInAs('u-viewer');
    const error = await failure(check('app-001'));
    expect(error.status).toBe(403);
    expect(error.requiredRoles).toEqual(['UPSHIFT_ADMINISTRATOR', 'UPSHIFT_OPERATOR']);
    expect(simulator.db.operations).toHaveLength(0);
  });

  it('searches the directory and filters by role', async () => {
    const admins = await apiCall(endpoints.listUsers, { query: { role: 'ACTIVITI_ADMIN' } });
    expect(admins.items.map((u) => u.name)).toEqual([
      'Alex Morgan',
      'Hannah Okafor',
      'Mateo Rossi',
      'Nadia Haddad',
    ]);
    const groups = await apiCall(endpoints.listGroups, { query: { q: 'hr' } });
    expect(groups.items.map((g) => [g.name, g.memberIds.length])).toEqual([
      ['hr-admins', 2],
      ['hr-users', 2],
    ]);
  });
});

describe('applications list', () => {
  it('paginates, sorts and reports the total', async () => {
    const page = await apiCall(endpoints.listApplications, {
      query: { page: 2, pageSize: 5, sort: 'projectVersion', order: 'desc' },
    });
    expect(page.total).toBe(18);
    expect(page.items).toHaveLength(5);
    const versions = page.items.map((a) => a.projectVersion);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
  });

  it('filters by status, deployment and upgrade availability, and searches by name', async () => {
    const helm = await apiCall(endpoints.listApplications, { query: { deployedVia: 'helm' } });
    expect(helm.items.every((a) => a.deployedVia === 'helm')).toBe(true);
    const search = await apiCall(endpoints.listApplications, { query: { q: 'INVOICE' } });
    expect(search.items.map((a) => a.name)).toEqual([
      'invoice-approvals',
      'invoice-approvals-eu',
      'invoice-approvals-helm',
    ]);
    const upgradable = await apiCall(endpoints.listApplications, {
      query: { status: ['running'], upgradeAvailable: 'true', q: 'invoice' },
    });
    expect(upgradable.items.map((a) => [a.name, a.projectVersion, a.latestProjectVersion])).toEqual(
      [
        ['invoice-approvals', 4, 10],
        ['invoice-approvals-helm', 2, 10],
      ],
    );
  });

  it('answers a bad query with 400 and the offending field', async () => {
    const error = await failure(
      apiCall(endpoints.listApplications, { query: { sort: 'colour' as 'name' } }),
    );
    expect(error.status).toBe(400);
    expect(Object.keys(error.fieldErrors)).toEqual(['sort']);
  });

  it('serves 10,000 more instances with the large dataset, the same every time', async () => {
    simulator.setLargeDataset(true);
    const first = await apiCall(endpoints.listApplications, {
      query: { pageSize: 3, sort: 'name' },
    });
    expect(first.total).toBe(10_018);
    simulator.setLargeDataset(false);
    simulator.setLargeDataset(true);
    const again = await apiCall(endpoints.listApplications, {
      query: { pageSize: 3, sort: 'name' },
    });
    expect(again.items).toEqual(first.items);
  });
});

describe('operations', () => {
  it('runs on the simulated clock, then records audit and notifies the starter', async () => {
    let now = Date.parse('2026-11-22T10:00:00Z');
    simulator.now = () => now;
    try {
      const started = await check('app-001');
      expect(started).toMatchObject({ status: 'queued', progress: 0 });
      now += 1000;
      const midway = await apiCall(endpoints.getOperation, { params: { operationId: started.id } });
      expect(midway.status).toBe('running');
      expect(midway.progress).toBeGreaterThan(0);
      expect(midway.steps.map((s) => s.status)).toEqual(['done', 'running', 'pending', 'pending']);
      now += 10_000;
      const done = await apiCall(endpoints.getOperation, { params: { operationId: started.id } });
      expect(done).toMatchObject({ status: 'succeeded', progress: 100 });
      expect(done.result).toEqual({
        upgradable: true,
        targets: [{ projectVersion: 10, applicationVersion: 4 }],
      });
      expect(
        simulator.db.audit.filter((a) => a.resource.id === 'app-001').map((a) => a.outcome),
      ).toEqual(['succeeded', 'started', 'succeeded']);
      const summary = await apiCall(endpoints.getNotificationSummary);
      expect(summary.unread).toBe(2);
    } finally {
      simulator.now = () => Date.now();
    }
  });

  it('starts the work once for a repeated Idempotency-Key', async () => {
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([check('app-001', key), check('app-001', key)]);
    expect(a.id).toBe(b.id);
    expect(simulator.db.operations).toHaveLength(1);
  });

  it('refuses a second check while one runs (409) and an unknown application (404)', async () => {
    await check('app-001');
    expect((await failure(check('app-001'))).status).toBe(409);
    expect((await failure(check('nope'))).status).toBe(404);
  });
});

describe('scenarios', () => {
  it('fails one endpoint with the chosen status', async () => {
    simulator.setScenario({ failure: { endpointId: 'listApplications', status: 503 } });
    expect((await failure(apiCall(endpoints.listApplications))).status).toBe(503);
    await expect(apiCall(endpoints.getCurrentUser)).resolves.toBeTruthy();
  });

  it('turns a malformed answer into a readable contract error', async () => {
    simulator.setScenario({ malformedEndpointId: 'listApplications' });
    const error = await failure(apiCall(endpoints.listApplications));
    expect(error.kind).toBe('contract');
    expect(error.title).toBe('The server sent data the console does not understand');
    expect(error.detail).toContain('listApplications');
  });

  it('reports offline and timeouts as such', async () => {
    simulator.setScenario({ offline: true });
    expect((await failure(apiCall(endpoints.getCurrentUser))).kind).toBe('network');
    simulator.setScenario({ offline: false, timeoutEndpointId: 'getCurrentUser' });
    expect((await failure(apiCall(endpoints.getCurrentUser))).kind).toBe('timeout');
  });
});

describe('persistence', () => {
  it('survives a reload and keeps changed generated rows', () => {
    let saved: string | null = null;
    simulator.attach({ load: () => saved, save: (text) => (saved = text) });
    simulator.setLargeDataset(true);
    simulator.signInAs('u-operator');
    const row = simulator.db.applications.find((a) => a.id === 'gen-00042');
    if (!row) throw new Error('missing generated row');
    row.status = 'upgrading';
    row.revision = 2;
    simulator.persist();
    expect(String(saved).length).toBeLessThan(100_000);
    simulator.attach({ load: () => saved, save: () => undefined });
    expect(simulator.db.session.userId).toBe('u-operator');
    expect(simulator.db.applications).toHaveLength(10_018);
    expect(simulator.db.applications.find((a) => a.id === 'gen-00042')?.status).toBe('upgrading');
    simulator.attach({ load: () => null, save: () => undefined });
  });
});

describe('application detail', () => {
  it('gives services, infrastructure, connectors, running work and releases', async () => {
    const app = await apiCall(endpoints.getApplication, { params: { applicationId: 'app-001' } });
    expect(app).toMatchObject({
      name: 'invoice-approvals',
      projectVersion: 4,
      applicationVersion: 3,
    });
    expect(app.services.map((s) => s.name)).toEqual([
      'runtime-bundle',
      'query-service',
      'audit-service',
    ]);
    expect(app.connectors).toEqual([
      expect.objectContaining({ name: 'erp-connector', kind: 'custom' }),
    ]);
    expect(app.runningWork.map((w) => w.applicationVersion)).toEqual([1, 2, 3]);
    expect(app.releases.map((r) => r.version)).toEqual([1, 2, 4, 10]);
    expect(app.releases.at(-1)?.connectors).toContainEqual({
      name: 'email-connector',
      kind: 'out-of-the-box',
      type: 'email',
    });
  });
});
