import { api } from '@/testing/templates-test-utils';

describe('installed applications', () => {
  it('list their template and version, and mark newer versions', async () => {
    const page = await api.installed();
    expect(
      page.items.map((a) => [
        a.id,
        a.template.name,
        a.version,
        a.updateAvailable,
        a.lastUpgradeStatus,
      ]),
    ).toEqual([
      ['ia-002', 'observability-stack', '1.9', true, 'upgraded'],
      ['ia-003', 'observability-stack', '1.12', false, 'upgraded'],
      ['ia-004', 'retail-platform', '2.1', true, null],
      ['ia-006', 'retail-platform', '2.0', true, 'rolled-back'],
      ['ia-001', 'spacetech-portal', '1.0', false, null],
      ['ia-005', 'team-wiki', '1.1', true, 'partially-upgraded'],
    ]);
    expect(page.items.map((a) => a.name)).toEqual([
      'observability-prod',
      'observability-staging',
      'retail-platform-eu',
      'retail-platform-us',
      'spacetech-portal-copy',
      'team-wiki-hr',
    ]);
    const prod = page.items[0];
    expect(prod).toMatchObject({ version: '1.9', latestVersion: '1.12', newerVersionCount: 3 });
    const upToDate = await api.installed({ updateAvailable: 'false' });
    expect(upToDate.items.map((a) => a.id)).toEqual(['ia-003', 'ia-001']);
    const byVersion = await api.installed({
      templateId: 'tpl-observability-stack',
      sort: 'version',
      order: 'desc',
    });
    expect(byVersion.items.map((a) => a.version)).toEqual(['1.12', '1.9']);
  });

  it('give Upgrade management: current version, upgradable versions newest first, components', async () => {
    const prod = await api.app('ia-002');
    expect(prod).toMatchObject({
      version: '1.9',
      inSync: true,
      upgradableVersions: ['1.12', '1.11', '1.10'],
      currentUpgrade: null,
      latestUpgradeId: 'upg-seed-02',
    });
    expect(prod.components.find((c) => c.name === 'grafana')).toMatchObject({
      version: '1.9',
      tag: '10.2.0',
    });
    const hr = await api.app('ia-005');
    expect(hr).toMatchObject({ version: '1.1', inSync: false, upgradableVersions: ['2.0', '1.1'] });
    expect(hr.components.map((c) => [c.name, c.version])).toEqual([
      ['postgres', '1.1'],
      ['search', '1.1'],
      ['wiki', '1.0'],
    ]);
    expect((await api.app('ia-003')).upgradableVersions).toEqual([]);
    expect((await api.app('ia-001')).upgradableVersions).toEqual([]);
  });
});
