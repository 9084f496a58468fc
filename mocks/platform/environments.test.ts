import { CONFIRMED, northwindPlan, platform } from '@/testing/platform-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

describe('infrastructures', () => {
  it('lists Northwind on 11.10.0 with LifeTime dedicated, and Legacy on 9.1 with LifeTime inside Production', async () => {
    const [northwind, legacy] = (await platform.environments()).items;
    expect(northwind?.lifeTime).toMatchObject({ version: '11.19.0', dedicated: true });
    expect(
      northwind?.environments.map((e) => [
        e.name,
        e.platformVersion,
        e.hosting,
        e.zones.map((z) => z.frontEnds.length),
      ]),
    ).toEqual([
      ['Development', '11.10.0', 'cloud', [1]],
      ['Testing', '11.10.0', 'cloud', [1]],
      ['Pre-Production', '11.10.0', 'self-managed', [1, 1]],
      ['Production', '11.10.0', 'self-managed', [2, 2]],
    ]);
    expect(
      northwind?.sprints.map((s) => [s.name, s.startsAt.slice(0, 10), s.endsAt.slice(0, 10)]),
    ).toContainEqual(['Sprint 41', '2026-12-07', '2026-12-18']);
    expect(legacy?.lifeTime).toMatchObject({
      version: '9.1',
      dedicated: false,
      hostEnvironmentId: 'legacy-prod',
    });
    expect(legacy?.environments.map((e) => e.platformVersion)).toEqual(['9.1', '9.1', '9.1']);
    expect(simulator.db.upgradePlans).toEqual([]);
  });
});

describe('releases', () => {
  it('lists every release, or those crossed: 9.1 → 11 gives the changes of 10 and 11', async () => {
    expect((await platform.releases()).items).toHaveLength(10);
    const crossed = await platform.releases({ from: '9.1', to: '11' });
    expect(crossed.items.map((r) => r.version)).toEqual(['10', '11']);
    expect(crossed.items.flatMap((r) => r.breakingChanges.map((c) => c.version))).toEqual([
      '10',
      '10',
      '10',
      '11',
      '11',
      '11',
      '11',
    ]);
  });

  it('refuses one bound alone, a from not lower than to, and an unknown version (422)', async () => {
    const alone = await refusal(platform.releases({ from: '11.10.0' }));
    expect([alone.status, alone.fieldErrors.to]).toEqual([
      422,
      'Give both from and to, or neither.',
    ]);
    const backwards = await refusal(platform.releases({ from: '11.19.0', to: '11.10.0' }));
    expect(backwards.fieldErrors.from).toBe(
      '11.19.0 is not lower than 11.10.0: nothing is crossed.',
    );
    const unknown = await refusal(platform.releases({ from: '11.10.0', to: '11.13.0' }));
    expect(unknown.fieldErrors.to).toBe(
      '11.13.0 is not a Platform Server release. Released: 9.1, 10, 11, 11.10.0, 11.11.3, 11.12.0, 11.14.0, 11.16.0, 11.18.0, 11.19.0.',
    );
  });
});

describe('maintenance mode', () => {
  it('turns it on, audited, and warns while a self-managed upgrade runs without it', async () => {
    simulatedClock();
    const plan = await northwindPlan();
    await platform.execute(plan.id, 'nw-preprod', { confirm: CONFIRMED });
    expect((await platform.plan(plan.id)).warnings.map((w) => w.code)).toEqual([
      'maintenance-mode-off',
    ]);
    expect((await platform.maintenance('nw-preprod', true)).maintenanceMode).toBe(true);
    expect((await platform.plan(plan.id)).warnings).toEqual([]);
    expect(simulator.db.audit.at(-1)).toMatchObject({
      action: 'environment.maintenance-mode',
      from: 'maintenance mode off',
      to: 'maintenance mode on',
    });
    expect((await refusal(platform.maintenance('nowhere', true))).status).toBe(404);
  });
});
