import { api, finished, upgrade } from '@/testing/templates-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

async function publishPortal11(clock: ReturnType<typeof simulatedClock>) {
  const op = await api.publish('tpl-spacetech-portal', { revision: 1, version: '1.1', notes: '' });
  await finished(op.id, clock);
}

describe('the seed walkthrough: publish 1.1, then upgrade the copy installed at 1.0', () => {
  it('shows the differences, upgrades with live progress and records the result', async () => {
    const clock = simulatedClock();
    await publishPortal11(clock);
    const details = await api.upgradeDiff('ia-001', '1.1');
    expect(details).toMatchObject({ from: '1.0', to: '1.1', preselected: ['redis', 'web'] });
    expect(details.summary).toEqual({ added: 1, changed: 1, removed: 0, unchanged: 3 });
    const web = details.components.find((c) => c.name === 'web');
    expect(web?.fields.map((f) => ('key' in f ? `${f.field} ${f.key}` : f.field))).toEqual([
      'env REDIS_HOST',
      'env REDIS_PORT',
      'dependencies redis',
    ]);

    const op = await upgrade('ia-001', '1.1', ['redis', 'web'], 'Sessions in Redis');
    expect(op.steps.map((s) => s.title)).toEqual([
      'Pull the images of the chosen components',
      'Add redis',
      'Upgrade web to 1.1',
      "Check the application's health",
    ]);
    const running = await api.app('ia-001');
    expect(running.currentUpgrade).toMatchObject({
      kind: 'upgrade',
      status: 'upgrading',
      toVersion: '1.1',
    });
    clock.advance(1000);
    const midway = await api.operation(op.id);
    expect(midway.progress).toBeGreaterThan(0);
    expect(midway.progress).toBeLessThan(100);

    expect((await finished(op.id, clock)).status).toBe('succeeded');
    const app = await api.app('ia-001');
    expect(app).toMatchObject({
      version: '1.1',
      inSync: true,
      upgradableVersions: [],
      currentUpgrade: null,
    });
    expect(app.components.map((c) => [c.name, c.version])).toEqual([
      ['api', '1.1'],
      ['gateway', '1.1'],
      ['mysql', '1.1'],
      ['redis', '1.1'],
      ['web', '1.1'],
    ]);
    const records = await api.records('ia-001');
    expect(
      records.items.map((r) => [r.fromVersion, r.toVersion, r.status, r.startedBy.name]),
    ).toEqual([['1.0', '1.1', 'upgraded', 'Alex Morgan']]);
    const record = await api.record('ia-001', records.items[0]?.id ?? '');
    expect(record).toMatchObject({
      comment: 'Sessions in Redis',
      leftOut: [],
      mostRecent: true,
      rollbackable: ['web'],
      componentsThatStay: ['redis'],
      components: [
        { name: 'redis', change: 'added', fromVersion: null, toVersion: '1.1', rolledBack: false },
        { name: 'web', change: 'changed', fromVersion: '1.0', toVersion: '1.1', rolledBack: false },
      ],
    });
    const history = await api.history('installed-application', 'ia-001');
    expect(history.items.map((e) => [e.action, e.outcome, e.from, e.to, e.comment])).toEqual([
      ['template.upgrade', 'succeeded', '1.0', '1.1 (redis, web)', 'Sessions in Redis'],
      ['template.upgrade', 'started', '1.0', '1.1 (redis, web)', 'Sessions in Redis'],
    ]);
  });
});

describe('an upgrade', () => {
  it('of only some components is "partially upgraded"; the rest stays on offer', async () => {
    const clock = simulatedClock();
    const op = await upgrade('ia-002', '1.10', ['grafana']);
    await finished(op.id, clock);
    const app = await api.app('ia-002');
    expect(app).toMatchObject({
      version: '1.10',
      inSync: false,
      upgradableVersions: ['1.12', '1.11', '1.10'],
    });
    expect(app.components.find((c) => c.name === 'prometheus')?.version).toBe('1.9');
    const [latest] = (await api.records('ia-002')).items;
    expect(latest).toMatchObject({
      status: 'partially-upgraded',
      componentCount: 1,
      leftOutCount: 2,
    });
    const record = await api.record('ia-002', latest?.id ?? '');
    expect(record.leftOut).toEqual([
      { name: 'alertmanager', change: 'changed' },
      { name: 'prometheus', change: 'changed' },
    ]);
    const rest = await api.upgradeDiff('ia-002', '1.10');
    expect(rest.preselected).toEqual(['alertmanager', 'prometheus']);
    const finish = await upgrade('ia-002', '1.10', ['alertmanager', 'prometheus']);
    await finished(finish.id, clock);
    expect(await api.app('ia-002')).toMatchObject({
      inSync: true,
      upgradableVersions: ['1.12', '1.11'],
    });
  });

  it('removes a component only when chosen', async () => {
    const clock = simulatedClock();
    const details = await api.upgradeDiff('ia-006', '2.1');
    expect(details.components.filter((c) => c.change === 'removed').map((c) => c.name)).toEqual([
      'analytics-exporter',
      'loyalty-batch',
    ]);
    expect(details.preselected).not.toContain('loyalty-batch');
    const op = await upgrade('ia-006', '2.1', ['loyalty-batch']);
    await finished(op.id, clock);
    const names = (await api.app('ia-006')).components.map((c) => c.name);
    expect(names).not.toContain('loyalty-batch');
    expect(names).toContain('analytics-exporter');
  });

  it('is refused while another is unfinished (409), and one key starts one upgrade', async () => {
    simulatedClock();
    const { revision } = await api.app('ia-002');
    const body = { revision, toVersion: '1.12', components: ['loki'] };
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      api.upgrade('ia-002', body, key),
      api.upgrade('ia-002', body, key),
    ]);
    const c = await api.upgrade('ia-002', body, key);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(simulator.db.operations).toHaveLength(1);
    expect((await api.records('ia-002')).total).toBe(3);
    const again = await refusal(api.upgrade('ia-002', { ...body, components: ['grafana'] }));
    expect(again).toMatchObject({ status: 409, title: 'An upgrade is still running' });
    expect(again.detail).toBe(
      'observability-prod is being upgraded (1.9 → 1.12); wait for it to finish.',
    );
    const rollback = await refusal(
      api.rollback('ia-002', 'upg-seed-02', { revision, components: ['grafana'] }),
    );
    expect(rollback.status).toBe(409);
  });

  it.each([
    ['ia-003', '1.11', ['tempo'], 'toVersion', 'The target version must be higher'],
    ['ia-002', '1.99', ['loki'], 'toVersion', 'Version not found'],
    ['ia-002', '1.12', ['loki', 'jaeger'], 'components', 'Unknown components'],
    ['ia-002', '1.12', ['node-exporter'], 'components', 'Nothing to upgrade in these components'],
    ['ia-002', '1.12', [], 'components', 'Some fields are not valid'],
  ])('refuses %s to %s with %j (422)', async (id, toVersion, components, field, title) => {
    const { revision } = await api.app(id);
    const e = await refusal(api.upgrade(id, { revision, toVersion, components }));
    expect([e.status, e.title, Object.keys(e.fieldErrors)]).toEqual([422, title, [field]]);
    expect(simulator.db.operations).toEqual([]);
  });

  it('refuses leaving a dependency pointing at nothing, and a stale revision', async () => {
    const clock = simulatedClock();
    await publishPortal11(clock);
    const e = await refusal(upgrade('ia-001', '1.1', ['web']));
    expect(e).toMatchObject({
      status: 422,
      detail:
        'web depends on redis, which would not be there. Choose the components they depend on too.',
    });
    const stale = await refusal(
      api.upgrade('ia-001', { revision: 99, toVersion: '1.1', components: ['redis'] }),
    );
    expect(stale).toMatchObject({ status: 409, currentRevision: 1 });
  });

  it('that fails is "failed" and changes nothing', async () => {
    const clock = simulatedClock();
    simulator.setScenario({ failingOperationKind: 'template.upgrade' });
    const before = await api.app('ia-004');
    const op = await upgrade('ia-004', '2.2', ['customers-consent', 'auth-api']);
    const done = await finished(op.id, clock);
    expect(done.status).toBe('failed');
    const after = await api.app('ia-004');
    expect([after.version, after.revision, after.components]).toEqual([
      before.version,
      before.revision,
      before.components,
    ]);
    const record = await api.record('ia-004', (await api.records('ia-004')).items[0]?.id ?? '');
    expect(record).toMatchObject({
      status: 'failed',
      failure: { title: 'The work failed' },
      rollbackable: [],
      rollbackRefusal: { code: 'nothing-to-roll-back' },
    });
    expect((await api.history('installed-application', 'ia-004')).items[0]).toMatchObject({
      outcome: 'failed',
    });
  });

  it.each(['u-product-owner', 'u-viewer'])(
    'is refused to %s (403), who still read records and diffs',
    async (userId) => {
      const { revision } = await api.app('ia-002');
      simulator.signInAs(userId);
      const e = await refusal(
        api.upgrade('ia-002', { revision, toVersion: '1.12', components: ['loki'] }),
      );
      expect([e.status, e.requiredRoles]).toEqual([403, ['UPSHIFT_ADMINISTRATOR']]);
      expect(e.detail).toContain('"templates:upgrade"');
      const r = await refusal(
        api.rollback('ia-002', 'upg-seed-02', { revision, components: ['grafana'] }),
      );
      expect(r.status).toBe(403);
      expect((await api.upgradeDiff('ia-002', '1.12')).summary.changed).toBeGreaterThan(0);
      expect((await api.record('ia-002', 'upg-seed-02')).status).toBe('upgraded');
      expect(
        (await api.rollbackPreview('ia-002', 'upg-seed-02')).components.length,
      ).toBeGreaterThan(0);
      expect(simulator.db.operations).toEqual([]);
    },
  );
});
