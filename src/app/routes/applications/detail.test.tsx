import { render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { queryClient } from '@/lib/query-client';
import { withRouterActions } from '@/testing/router-actions';
import { crumbsOf } from '@/testing/route-crumbs';
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

afterEach(() => queryClient.clear());

describe('application detail route module', () => {
  it('deep links to a tab, and its breadcrumb reads "Applications › <name>"', async () => {
    const router = renderRoute('/applications/app-001/connectors');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'invoice-approvals' }, SLOW),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'erp-connector' }, SLOW),
    ).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Connectors' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(crumbsOf(router)).toEqual(['Applications', 'invoice-approvals']);
  });

  it('shows "Page not found" for an application that does not exist', async () => {
    renderRoute('/applications/app-does-not-exist/services');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('leaves the list and its readiness check dialog where they were', async () => {
    renderRoute('/applications');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Applications' }, SLOW),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'invoice-approvals' }, SLOW)).toHaveAttribute(
      'href',
      '/applications/app-001',
    );
  });
});
