import { newPlan } from '../plan/render-plan';
import { choicesOf, mergeChoices, type PlanningChoices } from './planning-choices';
import { choiceDifferences } from './planning-diff';
import { placeRefusal, planningRequest } from './planning-request';

const withEnv = (c: PlanningChoices, id: string, change: object): PlanningChoices => ({
  ...c,
  environments: { ...c.environments, [id]: { ...c.environments[id], ...change } as never },
});

describe('planning choices', () => {
  it('sends only what moved: the order when it changed, the environments whose choices did', async () => {
    const plan = await newPlan();
    const base = choicesOf(plan);
    expect(planningRequest(plan, base, 3)).toEqual({ revision: 3 });
    const mine = withEnv(
      { ...base, order: ['nw-test', 'nw-dev', 'nw-preprod', 'nw-prod'] },
      'nw-prod',
      { strategy: 'zero-downtime', at: '2026-12-21T22:00', timeZone: 'Europe/Lisbon' },
    );
    expect(planningRequest(plan, mine, 3)).toEqual({
      revision: 3,
      order: ['nw-test', 'nw-dev', 'nw-preprod', 'nw-prod'],
      environments: [
        {
          environmentId: 'nw-prod',
          strategy: 'zero-downtime',
          schedule: { at: '2026-12-21T22:00:00.000Z', timeZone: 'Europe/Lisbon' },
        },
      ],
    });
  });

  it("puts a refusal's field errors at the choice they are about", async () => {
    const plan = await newPlan();
    const mine = withEnv(
      withEnv(choicesOf(plan), 'nw-test', { at: '2026-12-01T10:00' }),
      'nw-prod',
      {
        strategy: 'zero-downtime',
      },
    );
    const request = planningRequest(plan, mine, 1);
    expect(
      placeRefusal(request, {
        order: 'Production first',
        'environments.0.schedule.at': 'Past',
        'environments.1.strategy': 'No front-ends',
        'environments.1.schedule.timeZone': 'No zone',
        revision: 'Odd',
      }),
    ).toEqual({
      fields: {
        order: 'Production first',
        'nw-test.at': 'Past',
        'nw-prod.strategy': 'No front-ends',
        'nw-prod.timeZone': 'No zone',
      },
      unplaced: ['Odd'],
    });
  });

  it('keeps their changes wherever mine left the plan as it was, and says what they were', async () => {
    const plan = await newPlan();
    const base = choicesOf(plan);
    const mine = withEnv(
      { ...base, order: ['nw-test', 'nw-dev', 'nw-preprod', 'nw-prod'] },
      'nw-prod',
      {
        strategy: 'zero-downtime',
      },
    );
    const theirs = withEnv(
      withEnv(base, 'nw-prod', { at: '2026-12-21T22:00', timeZone: 'UTC' }),
      'nw-dev',
      {
        at: '2026-12-01T08:00',
      },
    );
    const merged = mergeChoices(base, mine, theirs);
    expect(merged.order).toEqual(mine.order);
    expect(merged.environments['nw-prod']).toEqual({
      strategy: 'zero-downtime',
      at: '2026-12-21T22:00',
      timeZone: 'UTC',
    });
    expect(merged.environments['nw-dev']?.at).toBe('2026-12-01T08:00');
    expect(choiceDifferences(plan, base, theirs)).toEqual([
      'Development: Dec 1, 2026, 8:00 AM (UTC) (was not scheduled).',
      'Production: Dec 21, 2026, 10:00 PM (UTC) (was not scheduled).',
    ]);
    expect(choiceDifferences(plan, base, { ...base, order: [...base.order].reverse() })).toEqual([
      'Order: now Production, Pre-Production, Testing, Development (was Development, Testing, Pre-Production, Production).',
    ]);
  });
});
