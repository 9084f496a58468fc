import { screen, within } from '@testing-library/react';
import { renderServer, SLOW } from '../detail/render-server';
import { UpgradesPanel } from './upgrades-panel';

describe('the upgrades tab', () => {
  it('lists each upgrade with from → to, status, who, when and the measured downtime', async () => {
    renderServer('spacetech', 'upgrades', (server) => <UpgradesPanel server={server} />);
    const table = await screen.findByRole(
      'table',
      { name: 'Upgrades of Space Tech, newest first' },
      SLOW,
    );
    expect(screen.getByRole('tab', { name: 'Upgrades' })).toHaveAttribute('aria-selected', 'true');
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('no upgrade row');
    const link = within(row).getByRole('link', {
      name: 'Upgrade 3.7.1 → 3.7.2, spacetech-up-0',
    });
    expect(link).toHaveAttribute('href', '/servers/spacetech/upgrades/spacetech-up-0');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Completed', 'Olivia Park', '2 weeks ago', '3 min 0 s']);
  });

  it('says when a server has never been upgraded', async () => {
    renderServer('novabank', 'upgrades', (server) => <UpgradesPanel server={server} />);
    expect(
      await screen.findByText(/runs what it was installed with\.$/, {}, SLOW),
    ).toHaveTextContent('No upgrades yet: Nova Bank runs what it was installed with.');
  });
});
