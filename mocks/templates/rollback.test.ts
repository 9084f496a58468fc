import { restoresText, rollbackRestores } from '@/features/templates/rollback-restores';
import { changesOf, diffTemplate } from '@/features/templates/template-diff';
import { maskDiff } from '../core/secret-masking';
import { api, finished, rollback, upgrade } from '@/testing/templates-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { findTemplate, versionComponents } from './state';
import { simulator } from '../simulator';

/** The seed walkthrough up to the upgrade: 1.1 published, the copy upgraded to it. */
async function portalUpgradedTo11(clock: ReturnType<typeof simulatedClock>) {
  const publish = await api.publish('tpl-spacetech-portal', {
    revision: 1,
    version: '1.1',
    notes: '',
  });
  await finished(publish.id, clock);
  const op = await upgrade('ia-001', '1.1', ['redis', 'web']);
  await finished(op.id, clock);
  const [record] = (await api.records('ia-001')).items;
  if (!record) throw new Error('no upgrade record');
  return record.id;
}

describe('rollback', () => {
  it('previews its diff and says the components the upgrade added stay', async () => {
    const clock = simulatedClock();
    const upgradeId = await portalUpgradedTo11(clock);
    const preview = await api.rollbackPreview('ia-001', upgradeId);
    expect(preview).toMatchObject({
      components: ['web'],
      rollbackable: ['web'],
      componentsThatStay: ['redis'],
      notice:
        'The chosen components go back to the version they ran before the upgrade. redis was added by this upgrade and stays: a rollback does not remove it.',
    });
    expect(preview.diff.summary).toEqual({ added: 0, changed: 1, removed: 0, unchanged: 4 });
    // Computed on the stored values, answered with secrets masked and each side's version.
    const t = findTemplate(simulator.db, 'tpl-spacetech-portal');
    const now = { components: versionComponents(t, '1.1') };
    const before = { components: versionComponents(t, '1.0') };
    const after = [...before.components, ...now.components.filter((c) => c.name === 'redis')];
    const sides = (name: string) => ({ before: '1.1', after: name === 'redis' ? '1.1' : '1.0' });
    expect(preview.diff).toEqual(
      JSON.parse(JSON.stringify(maskDiff(diffTemplate(now.components, after), sides))),
    );
    const e = await refusal(api.rollbackPreview('ia-001', upgradeId, ['web', 'redis']));
    expect(e).toMatchObject({ status: 422, title: 'Added components stay' });
    expect(e.fieldErrors.components).toBe(
      'redis was added by this upgrade and stays: a rollback restores changed and removed components only.',
    );
  });

  it('restores the chosen components and leaves the added ones in place', async () => {
    const clock = simulatedClock();
    const upgradeId = await portalUpgradedTo11(clock);
    const op = await rollback('ia-001', upgradeId, ['web']);
    expect(op.steps.map((s) => s.title)).toContain('Restore web to 1.0');
    expect(op.log.map((l) => l.message)).toContain(
      'The chosen components go back to the version they ran before the upgrade. redis was added by this upgrade and stays: a rollback does not remove it.',
    );
    expect((await api.record('ia-001', upgradeId)).status).toBe('rolling-back');
    expect((await api.app('ia-001')).currentUpgrade).toMatchObject({
      kind: 'rollback',
      operationId: op.id,
    });
    expect((await finished(op.id, clock)).status).toBe('succeeded');

    const app = await api.app('ia-001');
    expect(app.version).toBe('1.0');
    expect(app.components.map((c) => [c.name, c.version, c.tag])).toEqual([
      ['api', '1.0', '1.0.3'],
      ['gateway', '1.0', '1.25.3'],
      ['mysql', '1.0', '8.0.36'],
      ['redis', '1.1', '7.2.4'],
      ['web', '1.0', '1.0.3'],
    ]);
    expect(app).toMatchObject({ inSync: false, upgradableVersions: ['1.1', '1.0'] });
    const record = await api.record('ia-001', upgradeId);
    expect(record).toMatchObject({
      status: 'rolled-back',
      rollback: { status: 'rolled-back', components: ['web'] },
      rollbackRefusal: { code: 'already-rolled-back' },
    });
    expect(record.components.map((c) => [c.name, c.rolledBack])).toEqual([
      ['redis', false],
      ['web', true],
    ]);
    const web = (await api.upgradeDiff('ia-001', '1.1')).components.find((c) => c.name === 'web');
    expect(web?.change).toBe('changed');
    const history = await api.history('installed-application', 'ia-001');
    expect(history.items[0]).toMatchObject({
      action: 'template.rollback',
      outcome: 'succeeded',
      from: '1.1',
      to: '1.0 (web)',
    });
  });

  it('keeps an added component; upgrade management says its own version would remove it', async () => {
    const clock = simulatedClock();
    const upgradeId = await portalUpgradedTo11(clock);
    await finished((await rollback('ia-001', upgradeId, ['web'])).id, clock);
    const app = await api.app('ia-001');
    expect(app.upgradableVersions).toEqual(['1.1', '1.0']);
    expect(app.upgradeOffers).toEqual([
      { version: '1.1', changes: [{ name: 'web', change: 'changed' }], keptByRollback: [] },
      {
        version: '1.0',
        changes: [{ name: 'redis', change: 'removed' }],
        keptByRollback: ['redis'],
      },
    ]);
    // The very changes the upgrade details of each version show and an upgrade would apply.
    for (const offer of app.upgradeOffers) {
      const details = await api.upgradeDiff('ia-001', offer.version);
      expect(offer.changes).toEqual(changesOf(details));
    }
  });

  it('of an upgrade that completed a partial one restores what ran before it, as its record says', async () => {
    const clock = simulatedClock();
    await finished(
      (await api.publish('tpl-spacetech-portal', { revision: 1, version: '1.1', notes: '' })).id,
      clock,
    );
    await finished((await upgrade('ia-001', '1.1', ['redis'])).id, clock);
    await finished((await upgrade('ia-001', '1.1', ['web'])).id, clock);
    const [completing] = (await api.records('ia-001')).items;
    const record = await api.record('ia-001', completing?.id ?? '');
    expect(record).toMatchObject({ fromVersion: '1.1', toVersion: '1.1', rollbackable: ['web'] });
    expect(restoresText(rollbackRestores(record, record.rollbackable))).toBe(
      'A rollback restores web to 1.0.',
    );
    const op = await rollback('ia-001', record.id, ['web']);
    expect(op.steps.map((s) => s.title)).toContain('Restore web to 1.0');
    await finished(op.id, clock);
    const app = await api.app('ia-001');
    expect(app.components.find((c) => c.name === 'web')).toMatchObject({
      version: '1.0',
      tag: '1.0.3',
    });
    expect(app.version).toBe('1.1');
  });

  it('of some components keeps the upgraded version; it is offered again', async () => {
    const clock = simulatedClock();
    const preview = await api.rollbackPreview('ia-002', 'upg-seed-02');
    expect(preview.rollbackable).toEqual(['alertmanager', 'grafana', 'prometheus']);
    const op = await rollback('ia-002', 'upg-seed-02', ['grafana']);
    await finished(op.id, clock);
    const app = await api.app('ia-002');
    expect(app).toMatchObject({ version: '1.9', inSync: false });
    expect(app.upgradableVersions).toContain('1.9');
    expect(app.components.find((c) => c.name === 'grafana')).toMatchObject({
      version: '1.8',
      tag: '9.5.0',
    });
    expect((await api.upgradeDiff('ia-002', '1.9')).preselected).toEqual(['grafana']);
  });

  it('is for the most recent upgrade only', async () => {
    const older = await refusal(api.rollbackPreview('ia-003', 'upg-seed-03'));
    expect(older).toMatchObject({
      status: 422,
      title: 'Only the most recent upgrade can be rolled back',
    });
    expect(older.detail).toBe(
      'This upgrade (1.10 → 1.11) is not the most recent of observability-staging; roll back the upgrade 1.11 → 1.12 instead.',
    );
    const detail = await api.record('ia-003', 'upg-seed-03');
    expect(detail).toMatchObject({ mostRecent: false, rollbackable: [] });
    const { revision } = await api.app('ia-003');
    const start = await refusal(
      api.rollback('ia-003', 'upg-seed-03', { revision, components: ['tempo'] }),
    );
    expect(start.status).toBe(422);
    expect((await api.record('ia-003', 'upg-seed-05')).rollbackable).toEqual([
      'loki',
      'prometheus',
      'promtail',
    ]);
  });

  it('refuses what there is nothing to roll back for (422)', async () => {
    const hr = await refusal(api.rollbackPreview('ia-005', 'upg-seed-06'));
    expect(hr.detail).toBe(
      'This upgrade only added components (search); components an upgrade added stay, so there is nothing to roll back.',
    );
    const us = await refusal(api.rollbackPreview('ia-006', 'upg-seed-07'));
    expect([us.status, us.title]).toEqual([422, 'Already rolled back']);
    expect((await refusal(api.rollbackPreview('ia-006', 'upg-nope'))).status).toBe(404);
  });

  it('that fails is "rollback failed", restores nothing, and may be tried again', async () => {
    const clock = simulatedClock();
    simulator.setScenario({ failingOperationKind: 'template.rollback' });
    const before = await api.app('ia-002');
    const op = await rollback('ia-002', 'upg-seed-02', ['grafana', 'prometheus']);
    expect((await finished(op.id, clock)).status).toBe('failed');
    const record = await api.record('ia-002', 'upg-seed-02');
    expect(record).toMatchObject({
      status: 'rollback-failed',
      rollback: { status: 'rollback-failed', failure: { title: 'The work failed' } },
    });
    expect((await api.app('ia-002')).components).toEqual(before.components);
    simulator.setScenario({ failingOperationKind: null });
    const retry = await rollback('ia-002', 'upg-seed-02', [
      'grafana',
      'prometheus',
      'alertmanager',
    ]);
    await finished(retry.id, clock);
    expect(await api.app('ia-002')).toMatchObject({ version: '1.8', inSync: true });
    expect((await api.records('ia-002', { status: 'rolled-back' })).items.map((r) => r.id)).toEqual(
      ['upg-seed-02'],
    );
  });

  it('starts once for a repeated request with the same Idempotency-Key', async () => {
    simulatedClock();
    const { revision } = await api.app('ia-002');
    const key = crypto.randomUUID();
    const body = { revision, components: ['grafana'] };
    const [a, b] = await Promise.all([
      api.rollback('ia-002', 'upg-seed-02', body, key),
      api.rollback('ia-002', 'upg-seed-02', body, key),
    ]);
    expect(a.id).toBe(b.id);
    expect(simulator.db.operations).toHaveLength(1);
    const other = await refusal(api.rollback('ia-002', 'upg-seed-02', body));
    expect([other.status, other.title]).toEqual([409, 'A rollback is still running']);
  });
});
