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
import { simulator } from '../simulator';

describe('Northwind 11.10.0 → 11.19.0 through the API', () => {
  it('plans the crossed changes, gradual publishing and no LifeTime step', async () => {
    simulatedClock();
    const plan = await platform.create('northwind', '11.19.0');
    expect(plan).toMatchObject({
      from: '11.10.0',
      to: '11.19.0',
      revision: 1,
      publishMode: 'gradual',
      crossed: ['11.11.3', '11.12.0', '11.14.0', '11.16.0', '11.18.0', '11.19.0'],
      blockers: [],
    });
    expect(plan.changes).toHaveLength(9);
    expect(plan.changes.every((c) => c.review === 'unreviewed')).toBe(true);
    expect(plan.environments.map((e) => [e.environmentId, e.strategy, e.status])).toEqual([
      ['nw-dev', 'downtime', 'not-started'],
      ['nw-test', 'downtime', 'not-started'],
      ['nw-preprod', 'downtime', 'not-started'],
      ['nw-prod', 'downtime', 'not-started'],
    ]);
    expect(envOf(plan, 'nw-dev').execution.steps.map((s) => s.id)).toEqual([
      'request',
      'approval',
      'outsystems-upgrade',
    ]);
    expect((await platform.environments()).items[0]?.activePlanId).toBe(plan.id);
  });

  it('takes every environment through the four phases, then the plan is done', async () => {
    const clock = simulatedClock();
    let plan = await northwindPlan();
    expect(plan.changes.every((c) => c.review === 'reviewed')).toBe(true);

    // Planning: zero-downtime only where every zone has two front-ends.
    const refused = await refusal(
      platform.update(plan.id, {
        revision: plan.revision,
        environments: [
          { environmentId: 'nw-preprod', strategy: 'zero-downtime' },
          { environmentId: 'nw-prod', strategy: 'zero-downtime' },
        ],
      }),
    );
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.fieldErrors)).toEqual(['environments.0.strategy']);
    expect(refused.fieldErrors['environments.0.strategy']).toMatch(/Pre-Production's Internal/);
    plan = await platform.update(plan.id, {
      revision: plan.revision,
      environments: [{ environmentId: 'nw-prod', strategy: 'zero-downtime' }],
    });
    expect(envOf(plan, 'nw-prod').execution.steps).toHaveLength(7);

    // Production waits for a tested environment.
    const early = await refusal(platform.execute(plan.id, 'nw-prod', { confirm: CONFIRMED }));
    expect([early.status, early.detail]).toEqual([422, expect.stringMatching(/^Production waits/)]);

    // Development (cloud): request, approval, then OutSystems on the schedule.
    await schedule(plan.id, 'nw-dev', '2026-11-23T08:00:00.000Z');
    await platform.execute(plan.id, 'nw-dev', {});
    plan = await passMinutes(clock, plan.id, 2);
    expect(envOf(plan, 'nw-dev')).toMatchObject({
      status: 'upgrading',
      execution: { status: 'scheduled', approvedBy: 'Alex Morgan' },
    });
    clock.advance(22 * 60 * 60_000);
    plan = await passMinutes(clock, plan.id, 3);
    const dev = envOf(plan, 'nw-dev');
    expect(dev).toMatchObject({ status: 'upgraded', execution: { status: 'done' } });
    expect(dev.execution.installedComponents).toEqual([]);
    expect(dev.modulePreparation).toMatchObject({ status: 'running', total: 86 });
    const inbox = simulator.db.notifications.filter((n) => n.kind === 'platform.modules-preparing');
    expect(inbox).toMatchObject([{ userId: 'u-admin', category: 'message' }]);

    // Gradual: nothing is published before modules preparation ends.
    const waiting = await refusal(platform.publish(plan.id, 'nw-dev', { method: 'deploy-all' }));
    expect(waiting.status).toBe(409);
    expect(waiting.detail).toMatch(/it has prepared \d+ of 86 modules/);
    plan = await passMinutes(clock, plan.id, 3);
    expect(envOf(plan, 'nw-dev').modulePreparation).toMatchObject({ status: 'done', prepared: 86 });
    expect(envOf(plan, 'nw-dev').checklist.map((i) => i.id)).toEqual([
      'dev-tools',
      'ui-components',
      'forge-components',
    ]);
    await platform.check(plan.id, 'nw-dev', 'dev-tools');
    await platform.publish(plan.id, 'nw-dev', { method: 'deploy-all' });
    plan = await passMinutes(clock, plan.id, 2);
    expect(envOf(plan, 'nw-dev').status).toBe('published');
    plan = await platform.test(plan.id, 'nw-dev', { hotPoints: true, errorLogClean: true });
    expect(envOf(plan, 'nw-dev').status).toBe('tested');

    // Testing (cloud, gradual): tested once modules are prepared, some applications published.
    plan = await upgradeEnvironment(clock, plan.id, 'nw-test');
    await platform.publish(plan.id, 'nw-test', {
      method: 'gradual',
      applications: ['Claims Portal'],
    });
    plan = await passMinutes(clock, plan.id, 1);
    expect(envOf(plan, 'nw-test')).toMatchObject({
      status: 'upgraded',
      publication: { status: 'done', published: ['Claims Portal'], total: 1 },
    });
    await platform.test(plan.id, 'nw-test', { hotPoints: true, errorLogClean: true });

    // Pre-Production (self-managed, downtime), staged from Testing.
    plan = await upgradeEnvironment(clock, plan.id, 'nw-preprod');
    expect(envOf(plan, 'nw-preprod').execution.steps.map((s) => s.status)).toEqual([
      'done',
      'done',
    ]);
    await platform.publish(plan.id, 'nw-preprod', {
      method: 'stage',
      sourceEnvironmentId: 'nw-test',
    });
    plan = await passMinutes(clock, plan.id, 2);
    await platform.test(plan.id, 'nw-preprod', { hotPoints: true, errorLogClean: true });

    // Production (zero-downtime), the last: the plan is done.
    plan = await upgradeEnvironment(clock, plan.id, 'nw-prod');
    expect(
      envOf(plan, 'nw-prod').execution.steps.find((s) => s.id === 'disconnect-half')?.detail,
    ).toBe('Disconnected at the load balancer: nw-prod-fe1, nw-prod-fe3.');
    await platform.publish(plan.id, 'nw-prod', { method: 'deploy-all' });
    await passMinutes(clock, plan.id, 2);
    plan = await platform.test(plan.id, 'nw-prod', { hotPoints: true, errorLogClean: true });
    expect(plan.status).toBe('done');
    const [northwind] = (await platform.environments()).items;
    expect(northwind?.activePlanId).toBeNull();
    expect(northwind?.environments.map((e) => e.platformVersion)).toEqual(Array(4).fill('11.19.0'));
    const actions = simulator.db.audit
      .filter((a) => a.resource.id === plan.id)
      .map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['platform-plan.create', 'platform-plan.done']));
  });
});
