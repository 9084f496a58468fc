import { checklistFor, executionStepsFor, publicationMethods } from './execution-rules';

describe('executionStepsFor', () => {
  const base = {
    kind: 'application' as const,
    lifeTimeShared: false,
    to: '11.19.0',
    modulePreparation: true,
  };
  it('follows the seed: seven zero-downtime steps, the cloud request, the installer', () => {
    const ids = (e: Parameters<typeof executionStepsFor>[0]) =>
      executionStepsFor(e).map((s) => s.id);
    expect(ids({ ...base, hosting: 'self-managed', strategy: 'zero-downtime' })).toEqual([
      'disable-front-ends',
      'upgrade-controller',
      'disconnect-half',
      'upgrade-half',
      'switch-front-ends',
      'upgrade-rest',
      'reconnect-all',
    ]);
    expect(ids({ ...base, hosting: 'self-managed', strategy: 'downtime' })).toEqual([
      'installer',
      'apply-and-exit',
    ]);
    const applyTitle = (modulePreparation: boolean) =>
      executionStepsFor({
        ...base,
        hosting: 'self-managed',
        strategy: 'downtime',
        modulePreparation,
      })[1]?.title;
    expect(applyTitle(true)).toMatch(/start modules preparation$/);
    expect(applyTitle(false)).toBe(
      'Apply and Exit: publish the latest Service Center and System Components',
    );
    expect(ids({ ...base, hosting: 'cloud', strategy: 'downtime' })).toEqual([
      'request',
      'approval',
      'outsystems-upgrade',
    ]);
    expect(
      ids({
        ...base,
        kind: 'lifetime',
        hosting: 'self-managed',
        strategy: 'downtime',
        lifeTimeShared: true,
        to: '11',
      })[0],
    ).toBe('dedicated-environment');
  });
});

describe('checklistFor and publicationMethods', () => {
  const production = {
    kind: 'application' as const,
    role: 'production' as const,
    hosting: 'self-managed' as const,
    apps: [{ name: 'Field Inspections', kind: 'mobile' as const, modules: 4 }],
    forgeComponents: [{ name: 'Ultimate PDF', installedVersion: '2.1.0', latestVersion: '2.3.0' }],
    developers: 0,
  };

  it('advises a new mobile build for Production and lists newer Forge components', () => {
    const items = checklistFor(production, '11.19.0');
    expect(items.map((i) => i.id)).toEqual(['mobile-build', 'forge-components']);
    expect(items[0]?.detail).toMatch(/over-the-air/);
    expect(items[1]?.detail).toMatch(/Ultimate PDF \(2.1.0 → 2.3.0\)/);
    const dev = {
      ...production,
      role: 'development' as const,
      hosting: 'cloud' as const,
      apps: [],
      forgeComponents: [],
      developers: 6,
    };
    expect(checklistFor(dev, '11.11.3').map((i) => i.id)).toEqual(['dev-tools']);
    expect(checklistFor(dev, '11.12.0').map((i) => i.id)).toEqual(['dev-tools', 'ui-components']);
  });

  it('publishes Development through a solution, the rest by staging or code; Deploy All from 11.19.0', () => {
    expect(publicationMethods('development', '11', 'all')).toEqual(['solution']);
    expect(publicationMethods('testing', '11.19.0', 'gradual')).toEqual([
      'stage',
      'code',
      'deploy-all',
      'gradual',
    ]);
  });
});
