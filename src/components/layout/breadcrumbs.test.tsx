import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@mui/material/styles';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { PlainLinkNavigation } from '@/components/list/plain-link';
import { getTheme } from '@/theme';
import { RouteCrumbs } from './breadcrumbs';
import { SkipLink } from './skip-link';

const theme = getTheme();

function renderShellAt(url: string) {
  const shell = (
    <PlainLinkNavigation>
      <SkipLink targetId="main" />
      <RouteCrumbs signedIn />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </PlainLinkNavigation>
  );
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: shell,
        children: [
          {
            path: 'applications',
            element: <Outlet />,
            handle: { crumb: () => 'Applications' },
            children: [
              {
                path: ':applicationId',
                element: <Outlet />,
                handle: { crumb: () => 'Northwind' },
                children: [
                  {
                    path: 'access/manage',
                    element: <p>Manage</p>,
                    handle: { crumb: () => 'Manage access' },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  render(
    <ThemeProvider theme={theme}>
      <RouterProvider router={router} />
    </ThemeProvider>,
  );
  return { router, user: userEvent.setup() };
}

describe('<RouteCrumbs>', () => {
  it('is a Breadcrumb landmark: links up the trail, the current page marked, separators hidden', async () => {
    const { router, user } = renderShellAt('/applications/app-1/access/manage');
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Applications', '/applications'],
      ['Northwind', '/applications/app-1'],
    ]);
    const current = within(nav).getByText('Manage access');
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getAllByRole('listitem')).toHaveLength(3);
    const separators = nav.querySelectorAll('li[aria-hidden="true"]');
    expect([...separators].map((li) => li.textContent)).toEqual(['/', '/']);
    expect(document.title).toBe('Manage access · Upshift');

    await user.click(within(nav).getByRole('link', { name: 'Northwind' }));
    expect(router.state.location.pathname).toBe('/applications/app-1');
    expect(within(nav).getByText('Northwind')).toHaveAttribute('aria-current', 'page');
  });
});

describe('<SkipLink>', () => {
  it('is the first Tab stop and focuses the main content, leaving the URL alone', async () => {
    const { router, user } = renderShellAt('/applications');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(router.state.location.hash).toBe('');
  });
});
