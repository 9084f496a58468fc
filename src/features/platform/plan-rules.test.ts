import fc from 'fast-check';
import {
  lifeTimeBlockers,
  orderProblem,
  productionWaitsFor,
  scheduleProblem,
  scheduleWarnings,
} from './plan-rules';

const env = (name: string, role: 'development' | 'testing' | 'pre-production' | 'production') => ({
  environmentId: name.toLowerCase(),
  name,
  kind: 'application' as const,
  role,
});
const lifeTime = { environmentId: 'lt', name: 'LifeTime', kind: 'lifetime' as const, role: null };
const staging = [
  env('Development', 'development'),
  env('Testing', 'testing'),
  env('Pre-Production', 'pre-production'),
  env('Production', 'production'),
];

describe('orderProblem', () => {
  it('refuses Production first, whatever comes after, and LifeTime before it changes nothing', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(staging, { minLength: 1 }), fc.boolean(), (order, withLt) => {
        const envs = withLt ? [lifeTime, ...order] : order;
        const first = order[0];
        expect(orderProblem(envs) !== null).toBe(first?.role === 'production');
      }),
    );
    expect(orderProblem(staging)).toBeNull();
  });
});

describe('productionWaitsFor', () => {
  const withStatus = (tested: string[]) =>
    staging.map((e) => ({
      ...e,
      status: tested.includes(e.name) ? ('tested' as const) : ('upgraded' as const),
    }));

  it('holds Production until another application environment is tested', () => {
    expect(productionWaitsFor(withStatus([]), 'production')).toMatch(/Production waits/);
    expect(productionWaitsFor(withStatus(['Production']), 'production')).toMatch(/waits/);
    expect(productionWaitsFor(withStatus(['Pre-Production']), 'production')).toBeNull();
    expect(productionWaitsFor(withStatus([]), 'development')).toBeNull();
  });
});

describe('scheduleWarnings and scheduleProblem', () => {
  const at = (iso: string) => ({ at: iso, timeZone: 'Europe/Lisbon' });
  const sprints = [
    { name: 'Sprint 41', startsAt: '2026-12-07T00:00:00.000Z', endsAt: '2026-12-19T00:00:00.000Z' },
  ];

  it('warns of cloud environments under a day apart and of schedules inside a sprint', () => {
    const warnings = scheduleWarnings(
      [
        {
          environmentId: 'dev',
          name: 'Development',
          hosting: 'cloud',
          schedule: at('2026-12-21T09:00:00.000Z'),
        },
        {
          environmentId: 'test',
          name: 'Testing',
          hosting: 'cloud',
          schedule: at('2026-12-21T20:00:00.000Z'),
        },
        {
          environmentId: 'pre',
          name: 'Pre-Production',
          hosting: 'self-managed',
          schedule: at('2026-12-10T09:00:00.000Z'),
        },
        { environmentId: 'prod', name: 'Production', hosting: 'self-managed', schedule: null },
      ],
      sprints,
    );
    expect(warnings.map((w) => [w.environmentId, w.code])).toEqual([
      ['test', 'cloud-too-close'],
      ['pre', 'in-sprint'],
    ]);
    expect(warnings[1]?.message).toMatch(
      /an upgrade sprint should never break a development sprint/,
    );
  });

  it('refuses a past or zone-less schedule at the part to fix', () => {
    const now = new Date('2026-12-05T10:00:00.000Z');
    expect(scheduleProblem(null, now)?.field).toBe('at');
    expect(scheduleProblem({ at: '2026-12-06T10:00:00.000Z', timeZone: '' }, now)?.field).toBe(
      'timeZone',
    );
    expect(scheduleProblem(at('2026-12-04T10:00:00.000Z'), now)?.message).toBe(
      'Pick a time in the future.',
    );
    expect(scheduleProblem(at('2026-12-06T10:00:00.000Z'), now)).toBeNull();
    expect(
      scheduleProblem({ at: '2026-12-06T10:00:00.000Z', timeZone: 'Mars/Olympus' }, now),
    ).toEqual({
      field: 'timeZone',
      message: 'Mars/Olympus is not a time zone: pick one such as Europe/Lisbon.',
    });
  });
});

describe('lifeTimeBlockers', () => {
  it('asks for LifeTime first when behind, and a dedicated environment from 11', () => {
    expect(lifeTimeBlockers({ version: '11.19.0', dedicated: true }, '11.19.0', null)).toEqual([]);
    const legacy = lifeTimeBlockers({ version: '9.1', dedicated: false }, '11', 'Production');
    expect(legacy.map((b) => b.code)).toEqual(['lifetime-behind', 'lifetime-shared']);
    expect(legacy[0]?.message).toMatch(
      /Up to OutSystems 10, upgrading means upgrading LifeTime first/,
    );
    expect(legacy[1]?.message).toMatch(/inside Production/);
    expect(
      lifeTimeBlockers({ version: '9.1', dedicated: false }, '10', 'Production').map((b) => b.code),
    ).toEqual(['lifetime-behind']);
  });
});
