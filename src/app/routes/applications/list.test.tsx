import { act, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { simulator } from '@mocks/simulator';
import { applicationsQueryOptions } from '@/features/applications/api/get-applications';
import { applicationsCodec } from '@/features/applications/list-params';
import { queryClient } from '@/lib/query-client';
import { withRouterActions } from '@/testing/router-actions';
import { applicationsRoutes } from './routes';

const SLOW = { timeout: 5000 };

function renderRoute(url: string) {
  const routes = [{ path: '/', HydrateFallback: () => null, children: applicationsRoutes }];
  const router = createMemoryRouter(withRouterActions(routes), { initialEntries: [url] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const rowNamesInOrder = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

// The route's module is lazy and its loader runs beside the download: under test the module's
// first import (transformed on the fly) could outlast the loader's short wait for the rows.
beforeAll(() => import('./list'));
afterEach(() => queryClient.clear());

describe('applications route module', () => {
  it('loads the page named in the URL before rendering, so the first paint already has rows', async () => {
    const router = renderRoute('/applications?status=failed');

    await screen.findByRole('heading', { level: 1, name: 'Applications' }, SLOW);
    expect(screen.getByRole('rowheader', { name: 'procurement-sandbox' })).toBeInTheDocument();
    expect(screen.queryByText('Loading applications…')).not.toBeInTheDocument();
    const params = applicationsCodec.parse(new URLSearchParams('status=failed'));
    expect(queryClient.getQueryData(applicationsQueryOptions(params).queryKey)?.total).toBe(1);
    const handle = router.state.matches.at(-1)?.route.handle as
      { crumb?: () => string } | undefined;
    expect(handle?.crumb?.()).toBe('Applications');
  });

  it('replaces a URL it cannot use with the default one (history replace, foreign keys kept)', async () => {
    const router = renderRoute(
      '/applications?page=abc&sort=nope&pageSize=100000&status=failed&status=failed&tab=x',
    );

    await screen.findByRole('rowheader', { name: 'procurement-sandbox' }, SLOW);
    expect(router.state.location.search).toBe('?tab=x&status=failed');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.getByRole('button', { name: 'Name, sorted ascending' })).toBeInTheDocument();
  });

  it('keeps the page and shows the failure in place of the table when the first fetch fails', async () => {
    simulator.setScenario({ failure: { endpointId: 'listApplications', status: 500 } });
    renderRoute('/applications');

    expect(
      await screen.findByText('The server failed to handle the request', {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Applications' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('does not re-run its loader for a change of search params', async () => {
    const router = renderRoute('/applications');
    await screen.findByRole('rowheader', { name: 'claims-intake' }, SLOW);

    const navigationStates: string[] = [];
    router.subscribe((state) => navigationStates.push(state.navigation.state));
    await act(() => router.navigate('/applications?sort=updatedAt&order=desc'));

    // A loader would have put the navigation in "loading" until the new page arrived.
    expect(navigationStates).not.toContain('loading');
    expect(router.state.location.search).toBe('?sort=updatedAt&order=desc');
    expect(
      await screen.findByRole('button', { name: 'Updated, sorted descending' }, SLOW),
    ).toBeInTheDocument();
    await waitFor(() => expect(rowNamesInOrder()[0]).toBe('contract-review-legal'), SLOW);
  });
});
