import { screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { ServersScreen } from './servers-screen';

const SLOW = { timeout: 5000 };

function renderList(search = '') {
  const view = renderWithProviders(<ServersScreen />, { url: `/servers${search}` });
  return { ...view, search: () => view.router.state.location.search };
}

const table = () => screen.findByRole('table', { name: 'Servers' }, SLOW);
const names = () =>
  within(screen.getByRole('table', { name: 'Servers' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('the servers list', () => {
  it('shows each server’s versions, state, the upgrade to 3.8.1 and its runners below the minimum', async () => {
    renderList();
    const servers = await table();
    expect(screen.getByRole('heading', { level: 1, name: 'Servers' })).toBeVisible();
    expect(screen.getByText('3 servers')).toHaveAttribute('role', 'status');
    expect(names()).toEqual(['Nova Bank', 'Orbital Labs', 'Space Tech']);
    const cells = (name: string) =>
      within(within(servers).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('Space Tech')).toEqual([
      'spacetech',
      '3.7.2',
      '3.7.2',
      'Running',
      'Upgrade to 3.8.1',
      '1',
      '2 weeks ago',
    ]);
    expect(cells('Nova Bank').slice(0, 5)).toEqual([
      'novabank',
      'Images never pulled',
      '3.8.1',
      'Never pulled',
      'Upgrade to 3.8.1',
    ]);
    expect(cells('Orbital Labs').slice(3, 6)).toEqual(['Running', '—Up to date', '—None']);
    expect(screen.getByRole('link', { name: 'Space Tech' })).toHaveAttribute(
      'href',
      '/servers/spacetech',
    );
  });

  it('searches name or project, filters on an upgrade, and sorts by package version', async () => {
    const { user, search } = renderList('?q=orbit');
    await table();
    await waitFor(() => expect(names()).toEqual(['Orbital Labs']), SLOW);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.click(await screen.findByRole('combobox', { name: 'Upgrade available' }, SLOW));
    await user.click(await screen.findByRole('option', { name: 'Yes' }, SLOW));
    await waitFor(() => expect(names()).toEqual(['Nova Bank', 'Space Tech']), SLOW);
    expect(search()).toBe('?upgradeAvailable=true');

    await user.click(screen.getByRole('button', { name: 'Package version' }));
    await waitFor(() => expect(names()).toEqual(['Space Tech', 'Nova Bank']), SLOW);
    expect(search()).toBe('?upgradeAvailable=true&sort=packageVersion&order=desc');
    expect(
      screen.getByRole('button', { name: 'Package version, sorted descending' }),
    ).toBeVisible();
  });
});
