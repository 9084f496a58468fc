import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import { queryClient } from '@/lib/query-client';
import { activeRows, renderVersions, SLOW, versionRow } from '@/testing/versions-tab';
import { selfHostedRoutes } from './routes';

afterEach(() => queryClient.clear());

describe('the Versions tab', () => {
  it('lists every version newest first, exactly one active, with the actions that fit each', async () => {
    renderVersions(selfHostedRoutes, '/my-applications/sh-004');
    const row = await versionRow('5.1.0');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['5.1.0', '5.0.0', '4.6.3']);
    expect(activeRows()).toEqual(['5.0.0']);
    expect(row.getByText('Registered for test')).toBeVisible();
    expect(
      row.getByText(/Newer than 5\.0\.0 · Released .* · Does not require app credentials/),
    ).toBeVisible();
    expect(row.getByRole('link', { name: 'Confirm Update' })).toHaveAttribute(
      'href',
      '/my-applications/sh-004/versions/5.1.0/confirm-update',
    );
    expect(row.getByRole('link', { name: 'Withdraw registration' })).toBeVisible();
    expect(row.queryByRole('link', { name: 'Register to Test' })).toBeNull();

    const earlier = await versionRow('4.6.3');
    const register = earlier.getByRole('button', { name: 'Register to Test' });
    expect(register).toHaveAttribute('aria-disabled', 'true');
    expect(register).toHaveAccessibleDescription(
      '5.1.0 is already registered for test. Only one version can be registered at a time: withdraw its registration first.',
    );
    // Focusable (aria-disabled, not disabled), so keyboard and screen-reader users find it.
    expect(register).not.toBeDisabled();
    expect(register).toHaveAttribute('tabindex', '0');
  });

  it('shows a viewer every version and status but no action at all', async () => {
    simulator.signInAs('u-viewer');
    renderVersions(selfHostedRoutes, '/my-applications/sh-004');
    await versionRow('5.1.0');
    const list = screen.getByRole('list', { name: 'Versions of Visitor Management' });
    expect(within(list).queryAllByRole('link')).toEqual([]);
    expect(within(list).queryAllByRole('button')).toEqual([]);
    expect(
      screen.getByText(/Switching versions needs the Administrator or Operator role/),
    ).toBeVisible();
  });

  it('No closes Confirm Update, changes nothing, and gives focus back to the button', async () => {
    const user = userEvent.setup();
    const router = renderVersions(selfHostedRoutes, '/my-applications/sh-004');
    const confirm = (await versionRow('5.1.0')).getByRole('link', { name: 'Confirm Update' });
    await user.click(confirm);
    const dialog = await screen.findByRole('dialog', { name: 'Update to 5.1.0?' }, SLOW);
    expect(dialog).toHaveTextContent('Switch5.0.0 → 5.1.0, an update to a newer version.');
    expect(dialog).toHaveTextContent('Keep using 5.0.0 until the switch completes');
    expect(dialog).toHaveTextContent('5.1.0 has different roles or role descriptions.');
    const before = JSON.stringify(simulator.db.selfHosted);

    await user.click(within(dialog).getByRole('button', { name: 'No' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/my-applications/sh-004');
    expect(JSON.stringify(simulator.db.selfHosted)).toBe(before);
    expect(simulator.db.operations).toEqual([]);
    await waitFor(() => expect(confirm).toHaveFocus());
  });

  it('Yes clicked twice starts one switch; the row follows it until the new version is active', async () => {
    const user = userEvent.setup();
    renderVersions(selfHostedRoutes, '/my-applications/sh-004');
    await user.click((await versionRow('5.1.0')).getByRole('link', { name: 'Confirm Update' }));
    const dialog = await screen.findByRole('dialog', { name: 'Update to 5.1.0?' }, SLOW);
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment (optional)' }), 'Go');
    const posts: string[] = [];
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'POST') posts.push(new URL(request.url).pathname);
    };
    server.events.on('request:start', count);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument(), SLOW);
    server.events.removeListener('request:start', count);
    // The console sends Yes once: the server's own one-switch rule is not what saved it.
    expect(posts).toEqual(['/api/v1/self-hosted-applications/sh-004/switches']);

    expect(simulator.db.operations.map((o) => o.kind)).toEqual(['self-hosted.update']);
    const row = await versionRow('5.1.0');
    expect(row.getByText('Switching…')).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: '5.1.0' })).toHaveFocus();
    expect(await row.findByRole('list', { name: 'Steps' }, SLOW)).toBeVisible();
    expect(
      (await versionRow('5.0.0')).getByText(
        /Still serving every user until the switch to 5\.1\.0 completes/,
      ),
    ).toBeVisible();
    expect(activeRows()).toEqual(['5.0.0']);

    simulator.setScenario({ operationSpeed: 1000 });
    expect(
      await screen.findByText('Visitor Management now runs 5.1.0. 5.0.0 is inactive.', {}, SLOW),
    ).toBeVisible();
    await waitFor(() => expect(activeRows()).toEqual(['5.1.0']), SLOW);
    expect((await versionRow('5.0.0')).getByText('Inactive')).toBeVisible();
  });
});
