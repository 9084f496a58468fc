import {
  envOf,
  CONFIRMED,
  passMinutes,
  platform,
  upgradeEnvironment,
} from '@/testing/platform-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

describe('Legacy 9.1 → 11', () => {
  it('puts LifeTime first, blocks the environments until it is upgraded and dedicated, then publishes all', async () => {
    const clock = simulatedClock();
    let plan = await platform.create('legacy', '11');
    expect(plan).toMatchObject({ from: '9.1', crossed: ['10', '11'], publishMode: 'all' });
    expect(plan.changes.map((c) => c.version)).toEqual(['10', '10', '10', '11', '11', '11', '11']);
    expect(plan.blockers.map((b) => [b.code, b.resolved])).toEqual([
      ['lifetime-behind', false],
      ['lifetime-shared', false],
    ]);
    expect(plan.blockers[1]?.message).toMatch(/^LifeTime is installed inside Production/);
    expect(plan.environments.map((e) => e.environmentId)).toEqual([
      'legacy-lifetime',
      'legacy-dev',
      'legacy-qa',
      'legacy-prod',
    ]);
    const lifeTime = envOf(plan, 'legacy-lifetime');
    expect(lifeTime.execution.steps.map((s) => s.id)).toEqual([
      'dedicated-environment',
      'installer',
      'apply-and-exit',
    ]);
    expect(lifeTime.checklist).toEqual([]);

    const behind = await refusal(platform.execute(plan.id, 'legacy-dev', { confirm: CONFIRMED }));
    expect([behind.status, behind.title]).toEqual([422, 'Upgrade LifeTime first']);
    const lifeTimeConfirm = await refusal(platform.execute(plan.id, 'legacy-lifetime', {}));
    expect(Object.keys(lifeTimeConfirm.fieldErrors)).toEqual([
      'confirm.serviceCenter',
      'confirm.systemComponents',
    ]);

    plan = await upgradeEnvironment(clock, plan.id, 'legacy-lifetime');
    expect(envOf(plan, 'legacy-lifetime').status).toBe('upgraded');
    expect(plan.blockers.every((b) => b.resolved)).toBe(true);
    const [, legacy] = (await platform.environments()).items;
    expect(legacy?.lifeTime).toMatchObject({
      version: '11',
      dedicated: true,
      hostEnvironmentId: null,
    });

    // Publish all: no modules preparation; Development through its all-modules solution.
    plan = await upgradeEnvironment(clock, plan.id, 'legacy-dev');
    expect(envOf(plan, 'legacy-dev').modulePreparation).toBeNull();
    const gradual = await refusal(
      platform.publish(plan.id, 'legacy-dev', { method: 'gradual', applications: ['Timesheets'] }),
    );
    expect(gradual.fieldErrors.method).toMatch(/^Publishing gradually needs an upgrade from 11\.x/);
    await platform.publish(plan.id, 'legacy-dev', { method: 'solution' });
    plan = await passMinutes(clock, plan.id, 1);
    expect(envOf(plan, 'legacy-dev')).toMatchObject({
      status: 'published',
      publication: {
        method: 'solution',
        published: ['Timesheets', 'Purchase Orders', 'Stock Count'],
      },
    });
    expect(envOf(plan, 'legacy-prod').checklist.map((i) => i.id)).toEqual([
      'mobile-build',
      'forge-components',
    ]);
  });
});

describe('staging between environments', () => {
  it('refuses Development → Production across versions, with the fix-in-Pre-Production way out', async () => {
    const clock = simulatedClock();
    const plan = await platform.create('northwind', '11.19.0');
    await upgradeEnvironment(clock, plan.id, 'nw-dev');
    await upgradeEnvironment(clock, plan.id, 'nw-test');
    const e = await refusal(
      platform.stage({
        application: 'Claims Portal',
        fromEnvironmentId: 'nw-dev',
        toEnvironmentId: 'nw-prod',
      }),
    );
    expect(e.status).toBe(409);
    expect(e.detail).toBe(
      "Development is on 11.19.0 and Production on 11.10.0: you can't stage applications between environments in different versions. Make the fix directly in Pre-Production, still on 11.10.0: use the development tools there to fix, publish and test Claims Portal, then move it to Production. Don't forget to backport the fix to Development, Testing.",
    );
    const staged = await platform.stage({
      application: 'Claims Portal',
      fromEnvironmentId: 'nw-preprod',
      toEnvironmentId: 'nw-prod',
      note: 'Hotfix: claim totals rounding',
    });
    expect(staged).toMatchObject({
      backportTo: ['nw-dev', 'nw-test'],
      stagedBy: { id: 'u-admin' },
    });
    expect((await platform.stagings()).items.map((s) => s.id)).toEqual([staged.id]);
  });

  it('refuses an application the source does not have, another infrastructure, or itself (422)', async () => {
    const missing = await refusal(
      platform.stage({
        application: 'Notifications Hub',
        fromEnvironmentId: 'nw-prod',
        toEnvironmentId: 'nw-preprod',
      }),
    );
    expect(missing.fieldErrors.application).toBe(
      'Notifications Hub is not an application of Production.',
    );
    const across = await refusal(
      platform.stage({
        application: 'Timesheets',
        fromEnvironmentId: 'legacy-dev',
        toEnvironmentId: 'nw-dev',
      }),
    );
    expect(across.fieldErrors.toEnvironmentId).toMatch(/another infrastructure/);
    const itself = await refusal(
      platform.stage({
        application: 'Claims Portal',
        fromEnvironmentId: 'nw-dev',
        toEnvironmentId: 'nw-dev',
      }),
    );
    expect(itself.status).toBe(422);
    expect(
      (
        await refusal(
          platform.stage({
            application: 'X',
            fromEnvironmentId: 'nope',
            toEnvironmentId: 'nw-dev',
          }),
        )
      ).status,
    ).toBe(404);
    expect(simulator.db.stagings).toEqual([]);
  });
});
