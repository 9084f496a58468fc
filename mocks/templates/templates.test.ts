import { diffTemplate } from '@/features/templates/template-diff';
import { maskDiff } from '../core/secret-masking';
import { api, finished } from '@/testing/templates-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { findTemplate, versionComponents } from './state';
import { simulator } from '../simulator';

describe('templates', () => {
  it('lists the templates with their latest version, sorted and searched on the server', async () => {
    const page = await api.templates();
    expect(
      page.items.map((t) => [t.id, t.latestVersion, t.versionCount, t.hasUnpublishedChanges]),
    ).toEqual([
      ['tpl-observability-stack', '1.12', 13, false],
      ['tpl-retail-platform', '2.2', 3, false],
      ['tpl-spacetech-portal', '1.0', 1, true],
      ['tpl-team-wiki', '2.0', 3, false],
    ]);
    const byVersion = await api.templates({ sort: 'latestVersion', order: 'desc', pageSize: 2 });
    expect(byVersion.items.map((t) => t.latestVersion)).toEqual(['2.2', '2.0']);
    expect(byVersion.total).toBe(4);
    const large = await api.templates({ sort: 'componentCount', order: 'desc', pageSize: 1 });
    expect(large.items[0]).toMatchObject({ name: 'retail-platform' });
    expect(large.items[0]?.componentCount).toBeGreaterThan(300);
    expect((await api.templates({ q: 'PORTAL' })).items.map((t) => t.name)).toEqual([
      'spacetech-portal',
    ]);
    expect((await refusal(api.templates({ sort: 'size' as 'name' }))).status).toBe(400);
  });

  it('gives release records newest first by number (1.10 after 1.9) and the unpublished Redis', async () => {
    const stack = await api.template('tpl-observability-stack');
    expect(stack.releases.map((r) => r.version).slice(0, 4)).toEqual([
      '1.12',
      '1.11',
      '1.10',
      '1.9',
    ]);
    expect(stack.releases[0]).toMatchObject({ publisher: { name: 'Alex Morgan' } });
    const portal = await api.template('tpl-spacetech-portal');
    expect(portal.source.unpublishedChanges).toEqual({
      summary: { added: 1, changed: 1, removed: 0, unchanged: 3 },
      components: [
        { name: 'redis', change: 'added' },
        { name: 'web', change: 'changed' },
      ],
    });
    expect(portal).toMatchObject({ revision: 1, installedCount: 1, source: { publishing: null } });
    const version = await api.version('tpl-spacetech-portal', '1.0');
    expect(version.components.map((c) => c.name)).toEqual(['api', 'gateway', 'mysql', 'web']);
    expect((await refusal(api.version('tpl-spacetech-portal', '1.1'))).status).toBe(404);
    expect((await refusal(api.version('tpl-spacetech-portal', 'latest'))).status).toBe(400);
    expect((await refusal(api.template('tpl-nope'))).status).toBe(404);
  });
});

describe('the diff endpoint', () => {
  it('answers exactly what the shared pure function computes', async () => {
    const served = await api.diff('tpl-observability-stack', { from: '1.9', to: '1.10' });
    // Computed on the stored values, then answered with every secret masked (ADR 0010).
    const t = findTemplate(simulator.db, 'tpl-observability-stack');
    const from = { components: versionComponents(t, '1.9') };
    const to = { components: versionComponents(t, '1.10') };
    const sides = () => ({ before: '1.9', after: '1.10' });
    const expected = maskDiff(diffTemplate(from.components, to.components), sides);
    expect(served).toEqual({
      templateId: 'tpl-observability-stack',
      from: '1.9',
      to: '1.10',
      ignoreWhitespace: false,
      ...JSON.parse(JSON.stringify(expected)),
    });
    const ws = await api.diff('tpl-observability-stack', {
      from: '1.9',
      to: '1.10',
      ignoreWhitespace: 'true',
    });
    const expectedWs = maskDiff(
      diffTemplate(from.components, to.components, { ignoreWhitespace: true }),
      sides,
    );
    expect(ws.components).toEqual(JSON.parse(JSON.stringify(expectedWs.components)));
  });

  it('leaves out the whitespace-only changes of 1.10 when asked, and flags the rotated secret', async () => {
    const plain = await api.diff('tpl-observability-stack', { from: '1.9', to: '1.10' });
    const change = (d: typeof plain, name: string) => d.components.find((c) => c.name === name);
    expect(change(plain, 'alertmanager')?.change).toBe('changed');
    expect(change(plain, 'prometheus')?.fields.map((f) => f.field)).toEqual(['tag', 'env']);
    const ws = await api.diff('tpl-observability-stack', {
      from: '1.9',
      to: '1.10',
      ignoreWhitespace: 'true',
    });
    expect(change(ws, 'alertmanager')?.change).toBe('unchanged');
    expect(change(ws, 'prometheus')?.fields.map((f) => f.field)).toEqual(['tag']);
    expect(change(ws, 'grafana')?.fields).toContainEqual(
      expect.objectContaining({ field: 'env', key: 'GF_SECURITY_ADMIN_PASSWORD', secret: true }),
    );
    expect(
      (await refusal(api.diff('tpl-observability-stack', { from: '1.9', to: '9.9' }))).status,
    ).toBe(404);
  });

  it('diffs the large template correctly: hundreds of unchanged around a few dozen changes', async () => {
    const diff = await api.diff('tpl-retail-platform', { from: '2.1', to: '2.2' });
    const { added, changed, removed, unchanged } = diff.summary;
    expect([added, removed]).toEqual([3, 2]);
    expect(changed).toBeGreaterThan(20);
    expect(unchanged).toBeGreaterThan(250);
    expect(diff.components).toHaveLength(added + changed + removed + unchanged);
    expect(diff.components.filter((c) => c.change === 'added').map((c) => c.name)).toEqual([
      'customers-consent',
      'inventory-forecast',
      'returns-label',
    ]);
    const ws = await api.diff('tpl-retail-platform', {
      from: '2.1',
      to: '2.2',
      ignoreWhitespace: 'true',
    });
    expect(ws.summary.changed).toBeLessThan(changed);
  });
});

describe('persistence', () => {
  afterEach(() => simulator.attach({ load: () => null, save: () => undefined }));

  it('keeps a published version across a reload; state saved before this area loads the seed', async () => {
    const clock = simulatedClock();
    let saved = '';
    simulator.attach({ load: () => saved || null, save: (text) => (saved = text) });
    const op = await api.publish('tpl-spacetech-portal', {
      revision: 1,
      version: '1.1',
      notes: '',
    });
    await finished(op.id, clock);
    expect(saved.length).toBeLessThan(200_000);
    simulator.attach({ load: () => saved, save: () => undefined });
    expect((await api.template('tpl-spacetech-portal')).latestVersion).toBe('1.1');
    expect((await api.version('tpl-spacetech-portal', '1.1')).components).toHaveLength(5);

    const older = JSON.parse(saved) as { db: Record<string, unknown> };
    delete older.db.templateUpgrades;
    simulator.attach({ load: () => JSON.stringify(older), save: () => undefined });
    expect((await api.template('tpl-spacetech-portal')).latestVersion).toBe('1.0');
  });
});
