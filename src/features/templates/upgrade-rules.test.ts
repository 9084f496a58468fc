import type { TemplateComponent } from '@/contract/templates';
import { refusalStatusOf } from './refusals';
import { diffTemplate } from './template-diff';
import {
  checkComponentChoice,
  checkDependencies,
  checkPublishVersion,
  checkRollbackChoice,
  checkUpgradeTarget,
  rollbackNotice,
  rollbackRefusal,
  upgradableVersions,
  upgradeOutcome,
} from './upgrade-rules';

const component = (name: string, tag = '1.0', dependencies: string[] = []): TemplateComponent => ({
  name,
  image: `spacetech/${name}`,
  tag,
  env: {},
  ports: [],
  volumes: [],
  dependencies,
  resources: { cpuMillicores: 250, memoryMiB: 256 },
  probe: null,
});

const versions = ['1.0', '1.1', '1.9', '1.10', '1.2'];

describe('publishing', () => {
  it('needs a version greater than the latest, and names the latest when refused', () => {
    expect(checkPublishVersion('1.9', '1.10')).toBeNull();
    expect(checkPublishVersion('1.0', '1.0')).toMatchObject({
      code: 'version-not-greater',
      field: 'version',
      message:
        '1.0 is not greater than the latest version, 1.0. Give a greater version, such as 1.1.',
    });
    expect(checkPublishVersion('1.10', '1.9')?.message).toContain('latest version, 1.10');
    expect(checkPublishVersion('1.1', '1.1.0')?.code).toBe('version-not-greater');
  });
});

describe('upgrade management', () => {
  it('offers every newer version, newest first, and the current one while out of sync', () => {
    expect(upgradableVersions(versions, '1.2', true)).toEqual(['1.10', '1.9']);
    expect(upgradableVersions(versions, '1.2', false)).toEqual(['1.10', '1.9', '1.2']);
    expect(upgradableVersions(versions, '1.10', true)).toEqual([]);
  });

  it('refuses an unknown target (422 on toVersion) and one not higher', () => {
    const base = { template: 'observability-stack', versions, current: '1.9', inSync: true };
    const unknown = checkUpgradeTarget({ ...base, target: '1.11' });
    expect(unknown).toMatchObject({ code: 'unknown-version', field: 'toVersion' });
    expect(unknown && refusalStatusOf(unknown)).toBe(422);
    expect(checkUpgradeTarget({ ...base, target: '1.2' })?.code).toBe('target-not-higher');
    expect(checkUpgradeTarget({ ...base, target: '1.9' })?.code).toBe('target-not-higher');
    expect(checkUpgradeTarget({ ...base, target: '1.9', inSync: false })).toBeNull();
    expect(checkUpgradeTarget({ ...base, target: '1.10.0' })).toBeNull();
  });

  it('accepts added, changed and removed components only', () => {
    const diff = diffTemplate(
      [component('web'), component('db'), component('old')],
      [component('web', '1.1'), component('db'), component('redis')],
    );
    expect(checkComponentChoice(diff, ['web', 'redis', 'old'], '1.1')).toBeNull();
    expect(checkComponentChoice(diff, ['web', 'nope'], '1.1')?.message).toBe(
      'The upgrade to 1.1 has no component named nope.',
    );
    expect(checkComponentChoice(diff, ['db'], '1.1')?.message).toBe(
      'db is the same in 1.1: choose added, changed or removed components only.',
    );
    expect(upgradeOutcome(diff, ['web', 'redis', 'old'])).toBe('upgraded');
    expect(upgradeOutcome(diff, ['redis'])).toBe('partially-upgraded');
  });

  it('refuses leaving a new dependency pointing at nothing, not one that already did', () => {
    const before = [component('web'), component('api', '1.0', ['ghost'])];
    const after = [component('web', '1.1', ['redis']), component('api', '1.0', ['ghost'])];
    expect(checkDependencies(before, after)?.message).toBe(
      'web depends on redis, which would not be there. Choose the components they depend on too.',
    );
    expect(checkDependencies(before, [...after, component('redis')])).toBeNull();
  });
});

describe('rollback', () => {
  const record = {
    status: 'upgraded' as const,
    fromVersion: '1.0',
    toVersion: '1.1',
    components: [
      { name: 'redis', change: 'added' as const, rolledBack: false },
      { name: 'web', change: 'changed' as const, rolledBack: false },
      { name: 'old', change: 'removed' as const, rolledBack: false },
    ],
  };
  const facts = { application: 'spacetech-portal-copy', mostRecent: true };

  it('is possible for the most recent finished upgrade only', () => {
    expect(rollbackRefusal(record, facts)).toBeNull();
    expect(rollbackRefusal({ ...record, status: 'rollback-failed' }, facts)).toBeNull();
    expect(rollbackRefusal(record, { ...facts, mostRecent: false })?.code).toBe('not-most-recent');
    expect(rollbackRefusal({ ...record, status: 'failed' }, facts)?.code).toBe(
      'nothing-to-roll-back',
    );
    expect(rollbackRefusal({ ...record, status: 'rolled-back' }, facts)?.code).toBe(
      'already-rolled-back',
    );
    const unfinished = rollbackRefusal({ ...record, status: 'upgrading' }, facts);
    expect(unfinished && refusalStatusOf(unfinished)).toBe(409);
    const onlyAdded = { ...record, components: [record.components[0] ?? record.components[1]] };
    expect(rollbackRefusal(onlyAdded as typeof record, facts)?.message).toBe(
      'This upgrade only added components (redis); components an upgrade added stay, so there is nothing to roll back.',
    );
  });

  it('restores changed and removed components; added ones stay', () => {
    expect(checkRollbackChoice(record, ['web', 'old'])).toBeNull();
    expect(checkRollbackChoice(record, ['web', 'redis'])?.message).toBe(
      'redis was added by this upgrade and stays: a rollback restores changed and removed components only.',
    );
    expect(checkRollbackChoice(record, ['db'])?.code).toBe('unknown-components');
    expect(rollbackNotice(['redis'])).toBe(
      'The chosen components go back to the version they ran before the upgrade. redis was added by this upgrade and stays: a rollback does not remove it.',
    );
  });
});
