import { restoresText, rollbackRestores } from './rollback-restores';

const upgraded = (
  name: string,
  change: 'added' | 'changed' | 'removed',
  fromVersion: string | null,
  rolledBack = false,
) => ({ name, change, fromVersion, toVersion: change === 'removed' ? null : '1.1', rolledBack });

describe('where a rollback takes each component', () => {
  // spacetech-portal-copy: 1.0 → 1.1 without web, then 1.1 → 1.1 with web.
  const completing = { fromVersion: '1.1', components: [upgraded('web', 'changed', '1.0')] };

  it('is the version each component ran before the upgrade, not the record’s from-version', () => {
    expect(rollbackRestores(completing)).toEqual([{ name: 'web', version: '1.0' }]);
    expect(restoresText(rollbackRestores(completing))).toBe('A rollback restores web to 1.0.');
  });

  it('leaves out added, rolled back and unchosen components', () => {
    const record = {
      components: [
        upgraded('redis', 'added', null),
        upgraded('api', 'changed', '1.0', true),
        upgraded('web', 'changed', '1.0'),
        upgraded('old', 'removed', '0.9'),
      ],
    };
    expect(rollbackRestores(record)).toEqual([
      { name: 'web', version: '1.0' },
      { name: 'old', version: '0.9' },
    ]);
    expect(rollbackRestores(record, ['old', 'redis', 'api'])).toEqual([
      { name: 'old', version: '0.9' },
    ]);
  });

  it('groups the components by the version they go back to', () => {
    const restores = [
      { name: 'alertmanager', version: '1.8' },
      { name: 'web', version: '1.0' },
      { name: 'grafana', version: '1.8' },
      { name: 'prometheus', version: '1.8' },
    ];
    expect(restoresText(restores)).toBe(
      'A rollback restores alertmanager, grafana and prometheus to 1.8; web to 1.0.',
    );
    expect(restoresText([])).toBe('A rollback restores nothing.');
  });
});
