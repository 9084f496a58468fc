import type { TemplateComponent } from '@/contract/templates';
import { diffTemplate } from './template-diff';
import { keptByRollbackOf, offerChangesText, offerLabel, upgradeOffer } from './upgrade-offers';

const component = (name: string, tag = '1.0'): TemplateComponent => ({
  name,
  image: `spacetech/${name}`,
  tag,
  env: {},
  ports: [],
  volumes: [],
  dependencies: [],
  resources: { cpuMillicores: 250, memoryMiB: 256 },
  probe: null,
});

// spacetech-portal-copy after rolling back web: 1.0 everywhere, plus the redis 1.1 added.
const running = [component('api'), component('redis', '7.2'), component('web')];
const v10 = [component('api'), component('web')];
const v11 = [component('api'), component('redis', '7.2'), component('web', '1.1')];
const rolledBack = {
  status: 'rolled-back' as const,
  components: [
    { name: 'redis', change: 'added' as const, rolledBack: false },
    { name: 'web', change: 'changed' as const, rolledBack: true },
  ],
};

describe('upgrade offers', () => {
  it('are the changes of the upgrade diff, naming the removals of what a rollback kept', () => {
    const kept = keptByRollbackOf(rolledBack);
    expect(kept).toEqual(['redis']);
    expect(upgradeOffer('1.0', diffTemplate(running, v10), kept)).toEqual({
      version: '1.0',
      changes: [{ name: 'redis', change: 'removed' }],
      keptByRollback: ['redis'],
    });
    expect(upgradeOffer('1.1', diffTemplate(running, v11), kept)).toEqual({
      version: '1.1',
      changes: [{ name: 'web', change: 'changed' }],
      keptByRollback: [],
    });
  });

  it('know of no kept component unless the most recent upgrade was rolled back', () => {
    expect(keptByRollbackOf(undefined)).toEqual([]);
    expect(keptByRollbackOf({ ...rolledBack, status: 'upgraded' })).toEqual([]);
    expect(keptByRollbackOf({ ...rolledBack, status: 'rollback-failed' })).toEqual([]);
  });

  it('say what they change, and that a removal takes away what a rollback kept', () => {
    const app = { version: '1.0', latestVersion: '1.1' };
    const removal = upgradeOffer('1.0', diffTemplate(running, v10), ['redis']);
    expect(offerLabel(removal, app)).toBe('1.0 (the current version)');
    expect(offerChangesText(removal)).toBe(
      'Removes redis, which was kept when the last upgrade was rolled back.',
    );
    expect(offerLabel({ version: '1.1' }, app)).toBe('1.1 (latest)');
    expect(offerLabel({ version: '1.0.5' }, { version: '1.0', latestVersion: '1.1' })).toBe(
      '1.0.5',
    );
    const mixed = upgradeOffer('2.0', diffTemplate(v10, v11), []);
    expect(offerChangesText(mixed)).toBe('Adds redis; changes web.');
    const both = {
      version: '2.0',
      changes: [
        { name: 'old', change: 'removed' as const },
        { name: 'queue', change: 'removed' as const },
        { name: 'redis', change: 'removed' as const },
      ],
      keptByRollback: ['queue', 'redis'],
    };
    expect(offerChangesText(both)).toBe(
      'Removes old; removes queue and redis, which were kept when the last upgrade was rolled back.',
    );
    expect(offerChangesText({ version: '1.2', changes: [], keptByRollback: [] })).toBe(
      'Changes no component.',
    );
  });

  it('shorten a long list and still count every component', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const offer = {
      version: '2.2',
      changes: names.map((name) => ({ name, change: 'changed' as const })),
      keptByRollback: [],
    };
    expect(offerChangesText(offer)).toBe('Changes 7 components (a, b, c, d, e and 2 more).');
  });
});
