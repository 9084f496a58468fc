import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '@/testing/self-hosted-test-utils';
import { simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '@mocks/simulator';
import { queryClient } from '@/lib/query-client';
import { renderVersions, SLOW, versionRow } from '@/testing/versions-tab';
import { selfHostedRoutes } from './routes';

afterEach(() => queryClient.clear());

const statusOf = (version: string) =>
  simulator.db.selfHosted
    .find((a) => a.id === 'sh-001')
    ?.versions.find((v) => v.version === version)?.status;

describe('Register to Test', () => {
  it('says what happens, starts one registration and follows it until Confirm Update is offered', async () => {
    const user = userEvent.setup();
    const router = renderVersions(selfHostedRoutes, '/my-applications/sh-001');
    await user.click((await versionRow('2.10.0')).getByRole('link', { name: 'Register to Test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register 2.10.0 to test?' }, SLOW);
    expect(router.state.location.pathname).toBe('/my-applications/sh-001/versions/2.10.0/register');
    expect(dialog).toHaveTextContent(
      '2.10.0 is installed beside the active version 2.9.1 for testing',
    );
    expect(dialog).toHaveTextContent('2.9.1 keeps serving every user meanwhile');

    await user.click(within(dialog).getByRole('button', { name: 'Register to Test' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument(), SLOW);
    const row = await versionRow('2.10.0');
    expect(row.getByText('Registering…')).toBeVisible();
    expect(row.getByRole('button', { name: 'Confirm Update' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(simulator.db.operations.map((o) => o.kind)).toEqual(['self-hosted.register']);

    simulator.setScenario({ operationSpeed: 1000 });
    expect(await row.findByText('Registered for test', {}, SLOW)).toBeVisible();
    expect(await row.findByRole('link', { name: 'Confirm Update' }, SLOW)).toBeVisible();
    expect(statusOf('2.10.0')).toBe('registered');
  });

  it('refused because another version got registered meanwhile: withdraw it, then register', async () => {
    const user = userEvent.setup();
    renderVersions(selfHostedRoutes, '/my-applications/sh-001/versions/2.10.0/register');
    const dialog = await screen.findByRole('dialog', { name: 'Register 2.10.0 to test?' }, SLOW);
    // Another tab registers 2.8.0 while this dialog is open, and its registration finishes.
    const clock = simulatedClock();
    const other = await api.register('sh-001', '2.8.0');
    clock.advance(10_000);
    await api.operation(other.id);
    expect(statusOf('2.8.0')).toBe('registered');

    await user.click(within(dialog).getByRole('button', { name: 'Register to Test' }));
    const problem = await within(dialog).findByRole('alert', {}, SLOW);
    expect(problem).toHaveTextContent('Another version is registered for test');
    expect(problem).toHaveTextContent('2.8.0 is already registered for test.');
    await user.click(await within(problem).findByRole('button', { name: 'Withdraw 2.8.0' }, SLOW));

    expect(
      await within(dialog).findByText(/The registration of 2\.8\.0 was withdrawn/, {}, SLOW),
    ).toBeVisible();
    expect(statusOf('2.8.0')).toBe('inactive');
    const register = within(dialog).getByRole('button', { name: 'Register to Test' });
    await waitFor(() => expect(register).toHaveFocus());
    await user.click(register);
    await waitFor(() => expect(dialog).not.toBeInTheDocument(), SLOW);
    await waitFor(() => expect(statusOf('2.10.0')).toMatch(/registering|registered/));
  });

  it('a deep link to Confirm Update on a version not registered says why and offers no Yes', async () => {
    renderVersions(selfHostedRoutes, '/my-applications/sh-001/versions/2.10.0/confirm-update');
    const dialog = await screen.findByRole('dialog', { name: 'Update to 2.10.0?' }, SLOW);
    expect(dialog).toHaveTextContent(
      '2.10.0 is not registered for test; register it to test first.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Yes' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeVisible();
  });
});
