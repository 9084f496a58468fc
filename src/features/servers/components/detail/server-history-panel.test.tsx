import { screen, within } from '@testing-library/react';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { servers } from '@/testing/servers-test-utils';
import { simulatedClock } from '@/testing/simulator-test-utils';
import { renderServer, SLOW } from './render-server';
import { ServerHistoryPanel } from './server-history-panel';

describe('the history tab', () => {
  it('lists the server’s upgrades, steps, checks and global.yaml saves in its own words', async () => {
    const clock = simulatedClock();
    const { yaml, revision } = await servers.configuration('spacetech');
    await servers.saveConfiguration('spacetech', `${yaml}# kept\n`, revision);
    await apiCall(endpoints.startServerCheck, {
      params: { serverId: 'spacetech' },
      idempotencyKey: crypto.randomUUID(),
    });
    await servers.start('spacetech', { to: '3.8.1', mode: 'run-here' });
    clock.advance(5 * 60_000);
    await servers.get('spacetech');

    renderServer('spacetech', 'history', (s) => (
      <ServerHistoryPanel serverId={s.id} name={s.name} />
    ));
    const list = await screen.findByRole(
      'list',
      { name: 'Changes to Space Tech, newest first' },
      SLOW,
    );
    const titles = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toEqual(
      expect.arrayContaining([
        'global.yaml saved',
        'Service statuses checked',
        'Upgrade started',
        'Download and update packages',
      ]),
    );
    expect(titles).toHaveLength(4);
  });
});
