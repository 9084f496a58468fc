import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { renderWithProviders } from '@/testing/render';
import { MyApplicationsScreen } from './my-applications-screen';

const SLOW = { timeout: 5000 };

function LocationProbe() {
  const { search } = useLocation();
  return <div data-testid="search">{search}</div>;
}

function renderList(search = '') {
  return renderWithProviders(
    <>
      <MyApplicationsScreen />
      <LocationProbe />
    </>,
    { url: `/my-applications${search}` },
  );
}

const names = () =>
  within(screen.getByRole('table', { name: 'My applications' }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('My Applications', () => {
  it('reads its filter and sort from the URL and asks the server for exactly that', async () => {
    renderList('?updateAvailable=true&sort=activeVersion&order=desc');
    await screen.findByRole('table', { name: 'My applications' }, SLOW);
    expect(names()).toEqual([
      'Visitor Management',
      'Fleet Telemetry',
      'Field Service Scheduler',
      'Energy Meter Gateway',
    ]);
    expect(screen.getByText('4 applications')).toHaveAttribute('role', 'status');
    expect(
      await screen.findByRole('combobox', { name: 'Update available' }, SLOW),
    ).toHaveTextContent('Yes');
    expect(screen.getByRole('button', { name: 'Active version, sorted descending' })).toBeVisible();
  });

  it('a sort click writes the URL, keeping the search; a name links to its page', async () => {
    const { user } = renderList('?q=e');
    await screen.findByRole('table', { name: 'My applications' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Newest version' }));
    await waitFor(() =>
      expect(screen.getByTestId('search')).toHaveTextContent('?q=e&sort=newestVersion'),
    );
    const link = screen.getByRole('link', { name: 'Fleet Telemetry' });
    expect(link).toHaveAttribute('href', '/my-applications/sh-003');
  });
});
