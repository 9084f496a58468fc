import {
  envOf,
  CONFIRMED,
  northwindPlan,
  passMinutes,
  platform,
  schedule,
  upgradeEnvironment,
} from '@/testing/platform-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { UI_COMPONENTS } from '@/features/platform/publish-mode';
import { simulator } from '../simulator';
import { setPlatformFaults } from './fault-commands';

describe('starting an execution', () => {
  it('needs Apply and Exit confirmed when self-managed (422 at each item)', async () => {
    simulatedClock();
    const plan = await northwindPlan();
    const e = await refusal(
      platform.execute(plan.id, 'nw-preprod', {
        confirm: { serviceCenter: true, systemComponents: false, modulePreparation: false },
      }),
    );
    expect(e.fieldErrors).toEqual({
      'confirm.systemComponents': 'Confirm publishing the latest version of System Components.',
      'confirm.modulePreparation': 'Confirm starting the modules preparation step.',
    });
    expect((await platform.plan(plan.id)).revision).toBe(plan.revision);
  });

  it("needs an admin's approval and a schedule in the cloud, unless an administrator asks", async () => {
    simulatedClock();
    const plan = await northwindPlan();
    simulator.signInAs('u-operator');
    const e = await refusal(platform.execute(plan.id, 'nw-dev', {}));
    expect(Object.keys(e.fieldErrors)).toEqual(['approvedBy', 'schedule']);
    await schedule(plan.id, 'nw-dev', '2026-11-23T08:00:00.000Z');
    await platform.execute(plan.id, 'nw-dev', { approvedBy: 'Mateo Rossi' });
    expect(envOf(await platform.plan(plan.id), 'nw-dev').execution.approvedBy).toBe('Mateo Rossi');
  });

  it('refuses a second execution in one environment (409); a double click starts one', async () => {
    simulatedClock();
    const plan = await northwindPlan();
    const key = crypto.randomUUID();
    const body = { confirm: CONFIRMED };
    const [a, b] = await Promise.all([
      platform.execute(plan.id, 'nw-preprod', body, key),
      platform.execute(plan.id, 'nw-preprod', body, key),
    ]);
    expect(a.id).toBe(b.id);
    expect((await platform.execute(plan.id, 'nw-preprod', body, key)).id).toBe(a.id);
    expect(simulator.db.operations.filter((op) => op.kind === 'platform.upgrade')).toHaveLength(1);
    const second = await refusal(platform.execute(plan.id, 'nw-preprod', body));
    expect([second.status, second.title]).toEqual([
      409,
      'Pre-Production is already being upgraded',
    ]);
  });
});

describe('faults and Retry', () => {
  it('a failed installer leaves the old version; Retry resumes at the installer', async () => {
    const clock = simulatedClock();
    const plan = await northwindPlan();
    setPlatformFaults('nw-preprod', { installerFails: true });
    await platform.execute(plan.id, 'nw-preprod', { confirm: CONFIRMED });
    let after = await passMinutes(clock, plan.id, 3);
    expect(envOf(after, 'nw-preprod')).toMatchObject({
      status: 'failed',
      execution: {
        status: 'failed',
        failure: { step: 'installer', title: 'The installer failed' },
      },
    });
    expect(
      simulator.db.platformEnvironments.find((e) => e.id === 'nw-preprod')?.platformVersion,
    ).toBe('11.10.0');
    await platform.execute(plan.id, 'nw-preprod', { confirm: CONFIRMED });
    after = await passMinutes(clock, plan.id, 3);
    expect(envOf(after, 'nw-preprod').execution).toMatchObject({ status: 'done', failure: null });
  });

  it('a refused approval fails the request; Retry resumes at the approval, not the ticket', async () => {
    const clock = simulatedClock();
    const plan = await northwindPlan();
    setPlatformFaults('nw-dev', { approvalRefused: true });
    await schedule(plan.id, 'nw-dev', '2026-11-22T12:00:00.000Z');
    await platform.execute(plan.id, 'nw-dev', {});
    let after = await passMinutes(clock, plan.id, 2);
    const failed = envOf(after, 'nw-dev').execution;
    expect(failed.failure).toMatchObject({ step: 'approval', title: 'The approval was refused' });
    expect(failed.steps.map((s) => s.status)).toEqual(['done', 'failed', 'pending']);
    await platform.execute(plan.id, 'nw-dev', {});
    after = await passMinutes(clock, plan.id, 1);
    const ops = simulator.db.operations.filter((op) => op.kind === 'platform.upgrade');
    expect(ops.at(-1)?.steps.map((s) => s.id)).toEqual(['approval']);
    expect(envOf(after, 'nw-dev').execution.status).toBe('scheduled');
  });

  it('modules preparation fails at a module; Retry resumes there, not at the start', async () => {
    const clock = simulatedClock();
    const plan = await northwindPlan();
    setPlatformFaults('nw-preprod', { modulePreparationFailsAt: 'Customer360' });
    let after = await upgradeEnvironment(clock, plan.id, 'nw-preprod');
    expect(envOf(after, 'nw-preprod').modulePreparation).toMatchObject({
      status: 'failed',
      prepared: 16,
      failedModule: 'Customer360',
    });
    const blocked = await refusal(platform.publish(plan.id, 'nw-preprod', { method: 'code' }));
    expect(blocked.detail).toMatch(/16 of 86 modules, stopped at Customer360: retry it/);
    await platform.retryPreparation(plan.id, 'nw-preprod');
    const resumed = simulator.db.operations
      .filter((op) => op.kind === 'platform.module-preparation')
      .at(-1);
    expect(resumed?.steps[0]?.id).toBe('Customer360');
    expect(resumed?.steps).toHaveLength(70);
    after = await passMinutes(clock, plan.id, 3);
    expect(envOf(after, 'nw-preprod').modulePreparation).toMatchObject({
      status: 'done',
      prepared: 86,
    });
    const again = await refusal(platform.retryPreparation(plan.id, 'nw-preprod'));
    expect([again.status, again.title]).toEqual([409, 'Nothing to retry']);
  });

  it('modules preparation survives a reload of the simulator and carries on', async () => {
    let stored: string | null = null;
    const storage = { load: () => stored, save: (text: string) => void (stored = text) };
    simulator.attach(storage);
    const clock = simulatedClock();
    try {
      const plan = await northwindPlan();
      await platform.execute(plan.id, 'nw-preprod', { confirm: CONFIRMED });
      await passMinutes(clock, plan.id, 3);
      const before = envOf(await platform.plan(plan.id), 'nw-preprod').modulePreparation;
      expect(before).toMatchObject({ status: 'running' });
      simulator.attach(storage);
      const reloaded = (await platform.environments()).items[0]?.environments[2]?.modulePreparation;
      expect(reloaded?.prepared).toBeGreaterThanOrEqual(before?.prepared ?? 0);
      expect(reloaded?.status).toBe('running');
      expect((await platform.releases()).items).toHaveLength(10);
      const after = await passMinutes(clock, plan.id, 3);
      expect(envOf(after, 'nw-preprod').modulePreparation).toMatchObject({
        status: 'done',
        prepared: 86,
      });
    } finally {
      simulator.attach({ load: () => null, save: () => undefined });
    }
  });
});

describe('publishing', () => {
  it('refuses before the upgrade (422), a stage from an environment not upgraded (409) and methods not here (422)', async () => {
    const clock = simulatedClock();
    const plan = await northwindPlan();
    const early = await refusal(platform.publish(plan.id, 'nw-preprod', { method: 'code' }));
    expect([early.status, early.title]).toEqual([422, 'The platform is not upgraded yet']);
    await upgradeEnvironment(clock, plan.id, 'nw-preprod');
    const stage = await refusal(
      platform.publish(plan.id, 'nw-preprod', { method: 'stage', sourceEnvironmentId: 'nw-test' }),
    );
    expect([stage.status, stage.detail]).toEqual([
      409,
      "You can't stage applications between environments in different versions: Testing is on 11.10.0, Pre-Production on 11.19.0. Stage from an environment already upgraded, or publish by code.",
    ]);
    const solution = await refusal(platform.publish(plan.id, 'nw-preprod', { method: 'solution' }));
    expect(solution.fieldErrors.method).toMatch(
      /^An all-modules solution is how Development publishes/,
    );
    const none = await refusal(platform.publish(plan.id, 'nw-preprod', { method: 'stage' }));
    expect(none.fieldErrors.sourceEnvironmentId).toBe(
      'Pick the upgraded environment to stage from.',
    );
    const unknown = await refusal(
      platform.publish(plan.id, 'nw-preprod', {
        method: 'gradual',
        applications: ['Claims Portal', 'Nope'],
      }),
    );
    expect(unknown.fieldErrors).toEqual({
      'applications.1': 'Nope is not an application of Pre-Production.',
    });
    const untested = await refusal(
      platform.test(plan.id, 'nw-dev', { hotPoints: true, errorLogClean: true }),
    );
    expect(untested.status).toBe(409);
    const unchecked = await refusal(
      platform.test(plan.id, 'nw-preprod', { hotPoints: false, errorLogClean: false }),
    );
    expect(Object.keys(unchecked.fieldErrors)).toEqual(['hotPoints', 'errorLogClean']);
  });
});

describe('to 11.11.3 or earlier', () => {
  it('OutSystems installs the UI components in cloud Development; all apps are published, no Deploy All', async () => {
    const clock = simulatedClock();
    const created = await platform.create('northwind', '11.11.3');
    expect(created.publishMode).toBe('all');
    const plan = await upgradeEnvironment(clock, created.id, 'nw-dev');
    const dev = envOf(plan, 'nw-dev');
    expect(dev.execution.installedComponents).toEqual([...UI_COMPONENTS]);
    expect(dev.execution.steps.at(-1)?.detail).toMatch(
      /and installed OutSystems UI, OutSystems UI Web/,
    );
    expect(dev.modulePreparation).toBeNull();
    expect(dev.checklist.map((i) => i.id)).toEqual(['dev-tools', 'forge-components']);
    const deployAll = await refusal(platform.publish(plan.id, 'nw-dev', { method: 'deploy-all' }));
    expect(deployAll.fieldErrors.method).toBe(
      'Deploy All is available from Platform Server 11.19.0.',
    );
    const unknownItem = await refusal(platform.check(plan.id, 'nw-dev', 'mobile-build'));
    expect(unknownItem.status).toBe(404);
    expect(simulator.db.notifications.some((n) => n.kind === 'platform.modules-preparing')).toBe(
      false,
    );
  });
});
