import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { currentUserOf } from '@mocks/core/identity';
import { simulator } from '@mocks/simulator';
import { ToastProvider } from '@/components/feedback/toast-provider';
import { CurrentUserContext } from '@/components/layout/current-user-context';
import { queryClient } from '@/lib/query-client';
import { applicationsRoutes } from './routes';

const SLOW = { timeout: 5000 };

function renderRoute(url: string) {
  const routes = [{ path: '/', HydrateFallback: () => null, children: applicationsRoutes }];
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const admin = simulator.db.users.find((u) => u.id === 'u-admin');
  render(
    <QueryClientProvider client={queryClient}>
      <CurrentUserContext value={{ user: admin && currentUserOf(admin), isPending: false }}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </CurrentUserContext>
    </QueryClientProvider>,
  );
  return router;
}

afterEach(() => queryClient.clear());

describe('the Manage access route', () => {
  it('deep links to the dialog over the Access tab; closing it leaves the tab', async () => {
    const router = renderRoute('/applications/app-001/access/manage');
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Manage access to invoice-approvals' },
      SLOW,
    );
    await within(dialog).findByLabelText('Admin users', { selector: 'input' }, SLOW);
    expect(screen.getByRole('tab', { name: 'Access', hidden: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/applications/app-001/access');
    expect(screen.getByRole('link', { name: 'Manage access' })).toBeVisible();
  });

  it('opens from the Access tab, and Back closes it', async () => {
    const router = renderRoute('/applications/app-001/access');
    await userEvent.click(await screen.findByRole('link', { name: 'Manage access' }, SLOW));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    expect(router.state.location.pathname).toBe('/applications/app-001/access/manage');

    await router.navigate(-1);
    await vi.waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/applications/app-001/access');
  });

  it('asks before Back throws a change away; Keep editing keeps it; Forward after Discard is clean', async () => {
    const user = userEvent.setup();
    const router = renderRoute('/applications/app-001/access');
    await user.click(await screen.findByRole('link', { name: 'Manage access' }, SLOW));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    const comment = await within(dialog).findByRole(
      'textbox',
      { name: 'Comment (optional)' },
      SLOW,
    );
    await user.type(comment, 'Ken joins');
    await user.type(within(dialog).getByLabelText('Users', { selector: 'input' }), 'ken');
    await user.click(await screen.findByRole('option', { name: 'Ken Watanabe' }, SLOW));

    await router.navigate(-1);
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(ask).toHaveTextContent(
      'The changes you made to access to invoice-approvals will be lost.',
    );
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await vi.waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/applications/app-001/access/manage');
    expect(comment).toHaveValue('Ken joins');
    expect(within(dialog).getByRole('button', { name: 'Ken Watanabe' })).toBeVisible();

    await router.navigate(-1);
    const again = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await vi.waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/applications/app-001/access');
    expect(simulator.db.access['app-001']?.revision).toBe(1);

    await router.navigate(1);
    const reopened = await screen.findByRole('dialog', {}, SLOW);
    expect(
      await within(reopened).findByRole('textbox', { name: 'Comment (optional)' }, SLOW),
    ).toHaveValue('');
    expect(within(reopened).queryByRole('button', { name: 'Ken Watanabe' })).toBeNull();
  });
});
