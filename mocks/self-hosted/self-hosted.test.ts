import { api, statuses } from '@/testing/self-hosted-test-utils';
import { refusal } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

describe('My Applications', () => {
  it('lists every application with its active and newest version, sorted by name', async () => {
    const page = await api.list();
    expect(page.total).toBe(6);
    expect(
      page.items.map((a) => [a.name, a.activeVersion, a.newestVersion, a.updateAvailable]),
    ).toEqual([
      ['Energy Meter Gateway', '1.3.2', '1.5.0', true],
      ['Expense Capture', '1.4.2', '1.4.2', false],
      ['Field Service Scheduler', '2.9.1', '2.10.0', true],
      ['Fleet Telemetry', '3.1.0', '3.2.0', true],
      ['Visitor Management', '5.0.0', '5.1.0', true],
      ['Warehouse Inventory', '4.0.0', '4.0.0', false],
    ]);
    expect(page.items.find((a) => a.id === 'sh-004')?.registration).toMatchObject({
      version: '5.1.0',
      status: 'registered',
      direction: 'update',
    });
    expect(page.items.find((a) => a.id === 'sh-005')?.registration).toMatchObject({
      version: '3.9.1',
      direction: 'reactivate',
    });
  });

  it('filters by "update available" and name, sorts by semantic version and pages', async () => {
    const upToDate = await api.list({ updateAvailable: 'false' });
    expect(upToDate.items.map((a) => a.id)).toEqual(['sh-002', 'sh-005']);
    const fleet = await api.list({ q: 'FLEET', updateAvailable: 'true' });
    expect(fleet.items.map((a) => a.name)).toEqual(['Fleet Telemetry']);
    const byVersion = await api.list({ sort: 'activeVersion', order: 'desc', pageSize: 4 });
    expect(byVersion.items.map((a) => a.activeVersion)).toEqual([
      '5.0.0',
      '4.0.0',
      '3.1.0',
      '2.9.1',
    ]);
    const second = await api.list({ sort: 'activeVersion', order: 'desc', pageSize: 4, page: 2 });
    expect([second.total, second.items.map((a) => a.activeVersion)]).toEqual([
      6,
      ['1.4.2', '1.3.2'],
    ]);
    const bad = await refusal(api.list({ sort: 'colour' as 'name' }));
    expect([bad.status, Object.keys(bad.fieldErrors)]).toEqual([400, ['sort']]);
  });
});

describe('an application', () => {
  it('gives every version, newest first, with its status and the actions that fit it', async () => {
    const app = await api.get('sh-001');
    expect(app.versions.map((v) => [v.version, v.status, v.relation, v.actions])).toEqual([
      ['2.10.0', 'available', 'newer', ['register']],
      ['2.9.1', 'active', 'active', []],
      ['2.8.0', 'inactive', 'earlier', ['register']],
    ]);
    expect(app.versions[1]?.unavailableActions.map((u) => u.code)).toEqual([
      'is-active',
      'not-registered',
      'is-active',
      'is-active',
    ]);
    expect(app).toMatchObject({ registration: null, switch: null, tenantCount: 2 });
  });

  it('offers Confirm Update on a newer registered version and Confirm Reactivate on an earlier one', async () => {
    const visitors = await api.get('sh-004');
    expect(visitors.versions.map((v) => [v.version, v.actions])).toEqual([
      ['5.1.0', ['withdraw', 'confirm-update']],
      ['5.0.0', []],
      ['4.6.3', []],
    ]);
    expect(visitors.versions[2]?.unavailableActions[0]).toEqual({
      action: 'register',
      code: 'registration-exists',
      reason:
        '5.1.0 is already registered for test. Only one version can be registered at a time: withdraw its registration first.',
    });
    const warehouse = await api.get('sh-005');
    expect(warehouse.versions.find((v) => v.version === '3.9.1')?.actions).toEqual([
      'withdraw',
      'confirm-reactivate',
    ]);
    const gateway = await api.get('sh-006');
    expect(gateway.versions.find((v) => v.version === '1.4.0')).toMatchObject({
      status: 'failed',
      actions: ['register'],
      failure: { title: 'The registration failed' },
    });
  });

  it('lists tenants with provisioning and access, and Settings with the active roles', async () => {
    const tenants = await api.tenants('sh-003');
    expect(tenants.items.map((t) => [t.name, t.provisioning, t.version, t.hasAccess])).toEqual([
      ['Aurora Wind Parks', 'denied', null, false],
      ['Contoso Mining', 'provisioned', '3.1.0', true],
      ['Harbor Utilities', 'provisioned', '3.1.0', true],
      ['Kestrel Logistics', 'provisioned', '3.1.0', true],
      ['Northwind Farms', 'provisioned', '3.1.0', true],
    ]);
    expect(tenants.items[0]?.noAccessReason).toMatch(
      /^Denied provisioning to 3\.1\.0 on 2026-09-18/,
    );
    const settings = await api.settings('sh-004');
    expect(settings.version).toBe('5.0.0');
    expect(settings.roles.map((r) => r.name)).toEqual(['RECEPTION', 'HOST', 'SECURITY_ADMIN']);
  });

  it('answers 404 for an unknown application and 400 for a version that is not semantic', async () => {
    expect((await refusal(api.get('sh-999'))).status).toBe(404);
    expect((await refusal(api.register('sh-001', 'latest'))).status).toBe(400);
    const unknown = await refusal(api.register('sh-001', '9.9.9'));
    expect([unknown.status, unknown.title]).toEqual([404, 'Version not found']);
  });
});

describe('persistence', () => {
  afterEach(() => simulator.attach({ load: () => null, save: () => undefined }));

  it('keeps versions across a reload; a reset or state saved before this area brings the seed', async () => {
    let saved = '';
    simulator.attach({ load: () => saved || null, save: (text) => (saved = text) });
    await api.withdraw('sh-004', '5.1.0');
    simulator.attach({ load: () => saved, save: () => undefined });
    expect(await statuses('sh-004')).toMatchObject({ '5.1.0': 'available' });

    const older = JSON.parse(saved) as { db: Record<string, unknown> };
    delete older.db.selfHosted;
    simulator.attach({ load: () => JSON.stringify(older), save: () => undefined });
    expect(await statuses('sh-004')).toMatchObject({ '5.1.0': 'registered' });

    await api.withdraw('sh-004', '5.1.0');
    simulator.reset();
    expect(await statuses('sh-004')).toMatchObject({ '5.1.0': 'registered' });
  });
});
