import { CONFIRMED, northwindPlan, platform } from '@/testing/platform-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

describe('creating a plan', () => {
  it('refuses a target not higher than every environment, or not released (422)', async () => {
    const same = await refusal(platform.create('northwind', '11.10.0'));
    expect(same.status).toBe(422);
    expect(same.fieldErrors.to).toMatch(/^11\.10\.0 is not higher than every environment/);
    const lower = await refusal(platform.create('legacy', '9.1'));
    expect(lower.fieldErrors.to).toMatch(/Pick a version higher than 9\.1/);
    expect((await refusal(platform.create('northwind', '12'))).fieldErrors.to).toMatch(
      /^12 is not a Platform Server release/,
    );
    expect((await refusal(platform.create('nowhere', '11.19.0'))).status).toBe(404);
    expect(simulator.db.upgradePlans).toEqual([]);
  });

  it('refuses a second open plan of one infrastructure, naming the first (409)', async () => {
    const first = await platform.create('northwind', '11.12.0');
    const second = await refusal(platform.create('northwind', '11.19.0'));
    expect([second.status, second.detail]).toEqual([
      409,
      `Northwind is being taken to 11.12.0 by plan ${first.id} (created by Alex Morgan). Finish that plan first.`,
    ]);
  });

  it.each(['u-viewer', 'u-product-owner'])('refuses %s on every change (403)', async (userId) => {
    const plan = await platform.create('northwind', '11.19.0');
    simulator.signInAs(userId);
    const calls = [
      platform.create('legacy', '11'),
      platform.update(plan.id, { revision: 1, order: [] }),
      platform.review(plan.id, plan.changes[0]?.id ?? '', { verdict: 'reviewed' }),
      platform.execute(plan.id, 'nw-dev', {}),
      platform.maintenance('nw-prod', true),
      platform.stage({
        application: 'Claims Portal',
        fromEnvironmentId: 'nw-dev',
        toEnvironmentId: 'nw-test',
      }),
    ];
    for (const call of calls) {
      const e = await refusal(call);
      expect([e.status, e.requiredRoles]).toEqual([
        403,
        ['UPSHIFT_ADMINISTRATOR', 'UPSHIFT_OPERATOR'],
      ]);
    }
    expect((await platform.plan(plan.id)).revision).toBe(1);
  });
});

describe('planning', () => {
  it('refuses a stale revision with the current one and who changed it (409)', async () => {
    simulatedClock();
    const plan = await platform.create('northwind', '11.19.0');
    simulator.signInAs('u-operator');
    await platform.update(plan.id, {
      revision: 1,
      environments: [{ environmentId: 'nw-prod', strategy: 'zero-downtime' }],
    });
    simulator.signInAs('u-admin');
    const stale = await refusal(
      platform.update(plan.id, {
        revision: 1,
        order: ['nw-test', 'nw-dev', 'nw-preprod', 'nw-prod'],
      }),
    );
    expect([stale.status, stale.currentRevision]).toEqual([409, 2]);
    expect(stale.detail).toBe(
      'Olivia Park changed it meanwhile (Changed Production: zero-downtime, not scheduled). It is at revision 2 now, not 1: look at their change, then make yours again.',
    );
  });

  it('refuses an order that is not a permutation, or puts Production first (422 at order)', async () => {
    const plan = await platform.create('northwind', '11.19.0');
    const partial = await refusal(
      platform.update(plan.id, { revision: 1, order: ['nw-dev', 'nw-test'] }),
    );
    expect(partial.fieldErrors.order).toMatch(
      /^Give every application environment of the plan once/,
    );
    const extra = await refusal(
      platform.update(plan.id, {
        revision: 1,
        order: ['nw-dev', 'nw-test', 'nw-preprod', 'nw-prod', 'nw-dev'],
      }),
    );
    expect(extra.status).toBe(422);
    const first = await refusal(
      platform.update(plan.id, {
        revision: 1,
        order: ['nw-prod', 'nw-dev', 'nw-test', 'nw-preprod'],
      }),
    );
    expect(first.fieldErrors.order).toMatch(/^Production cannot be upgraded first/);
    const moved = await platform.update(plan.id, {
      revision: 1,
      order: ['nw-preprod', 'nw-dev', 'nw-test', 'nw-prod'],
    });
    expect(moved.environments.map((e) => e.environmentId)).toEqual([
      'nw-preprod',
      'nw-dev',
      'nw-test',
      'nw-prod',
    ]);
    expect(moved.revision).toBe(2);
  });

  it('refuses a past or zone-less schedule at its field, and warns of sprints and close cloud dates', async () => {
    simulatedClock();
    const plan = await platform.create('northwind', '11.19.0');
    const past = await refusal(
      platform.update(plan.id, {
        revision: 1,
        environments: [
          {
            environmentId: 'nw-dev',
            schedule: { at: '2026-11-01T08:00:00.000Z', timeZone: 'Europe/Lisbon' },
          },
          {
            environmentId: 'nw-test',
            schedule: { at: '2026-11-30T08:00:00.000Z', timeZone: 'Mars/Olympus' },
          },
        ],
      }),
    );
    expect(past.fieldErrors).toEqual({
      'environments.0.schedule.at': 'Pick a time in the future.',
      'environments.1.schedule.timeZone':
        'Mars/Olympus is not a time zone: pick one such as Europe/Lisbon.',
    });
    const zoneless = await refusal(
      platform.update(plan.id, {
        revision: 1,
        environments: [
          { environmentId: 'nw-dev', schedule: { at: '2026-11-30T08:00:00.000Z', timeZone: '' } },
        ],
      }),
    );
    expect(Object.keys(zoneless.fieldErrors)).toEqual(['environments.0.schedule.timeZone']);
    const warned = await platform.update(plan.id, {
      revision: 1,
      environments: [
        {
          environmentId: 'nw-dev',
          schedule: { at: '2026-11-30T08:00:00.000Z', timeZone: 'Europe/Lisbon' },
        },
        {
          environmentId: 'nw-test',
          schedule: { at: '2026-11-30T20:00:00.000Z', timeZone: 'Europe/Lisbon' },
        },
        {
          environmentId: 'nw-prod',
          schedule: { at: '2026-12-10T22:00:00.000Z', timeZone: 'Europe/Lisbon' },
        },
      ],
    });
    expect(warned.warnings.map((w) => [w.environmentId, w.code])).toEqual([
      ['nw-test', 'cloud-too-close'],
      ['nw-prod', 'in-sprint'],
    ]);
    expect(warned.warnings[1]?.message).toMatch(
      /during Sprint 41: an upgrade sprint should never break a development sprint/,
    );
  });

  it('refuses to change an environment whose upgrade has started (409)', async () => {
    simulatedClock();
    const plan = await northwindPlan();
    await platform.execute(plan.id, 'nw-preprod', { confirm: CONFIRMED });
    const { revision } = await platform.plan(plan.id);
    const e = await refusal(
      platform.update(plan.id, {
        revision,
        environments: [
          {
            environmentId: 'nw-preprod',
            schedule: { at: '2026-11-30T08:00:00.000Z', timeZone: 'UTC' },
          },
        ],
      }),
    );
    expect([e.status, e.title]).toEqual([409, 'That environment has started']);
    const reorder = await refusal(
      platform.update(plan.id, { revision, order: ['nw-dev', 'nw-preprod', 'nw-test', 'nw-prod'] }),
    );
    expect(reorder.detail).toMatch(/^Pre-Production's upgrade has started: it keeps its place/);
  });
});

describe('reviewing changes', () => {
  it('needs an estimate with needs-fix (422), 404 for an unknown change, and bumps the revision', async () => {
    const plan = await platform.create('northwind', '11.19.0');
    const change = plan.changes.find((c) => c.id === 'bc-11.16.0-csp');
    if (!change) throw new Error('no CSP change');
    const e = await refusal(platform.review(plan.id, change.id, { verdict: 'needs-fix' }));
    expect([e.status, e.fieldErrors.estimateHours]).toEqual([
      422,
      'Estimate the hours of code fixing this change needs.',
    ]);
    expect(
      (await refusal(platform.review(plan.id, 'bc-nope', { verdict: 'reviewed' }))).status,
    ).toBe(404);
    const reviewed = await platform.review(plan.id, change.id, {
      verdict: 'needs-fix',
      estimateHours: 16,
      note: 'Claims Portal injects a chat widget inline.',
    });
    expect(reviewed.revision).toBe(2);
    expect(reviewed.changes.find((c) => c.id === change.id)).toMatchObject({
      review: 'needs-fix',
      estimateHours: 16,
      reviewedBy: { id: 'u-admin', name: 'Alex Morgan' },
    });
  });
});
