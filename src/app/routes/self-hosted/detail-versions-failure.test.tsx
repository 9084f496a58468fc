import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '@/testing/self-hosted-test-utils';
import { simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '@mocks/simulator';
import { queryClient } from '@/lib/query-client';
import { activeRows, renderVersions, SLOW, versionRow } from '@/testing/versions-tab';
import { selfHostedRoutes } from './routes';

afterEach(() => queryClient.clear());

describe('a failed switch on the Versions tab', () => {
  it('says plainly that the old version is still active, why, and offers to register again', async () => {
    // 1.5.0 of the Energy Meter Gateway never becomes healthy: its switch fails at "Start".
    const clock = simulatedClock();
    const registration = await api.register('sh-006', '1.5.0');
    clock.advance(10_000);
    await api.operation(registration.id);
    // The switch below runs on the test's own (fixed, flowing) clock, fast.
    simulator.now = () => Date.now();
    simulator.setScenario({ operationSpeed: 1000 });
    const user = userEvent.setup();
    const router = renderVersions(selfHostedRoutes, '/my-applications/sh-006');

    await user.click((await versionRow('1.5.0')).getByRole('link', { name: 'Confirm Update' }));
    const dialog = await screen.findByRole('dialog', { name: 'Update to 1.5.0?' }, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Yes' }));

    const notice = await screen.findByRole(
      'alert',
      { name: 'The update to 1.5.0 failed: 1.3.2 is still the active version' },
      SLOW,
    );
    expect(notice).toHaveTextContent(
      '1.5.0 did not start: 1.5.0 did not become healthy within 5 minutes, so traffic stays on 1.3.2.',
    );
    const row = await versionRow('1.5.0');
    await waitFor(() => expect(row.getByText('Failed')).toBeVisible(), SLOW);
    expect(row.getByText(/1\.3\.2 is still the active version; nothing changed/)).toBeVisible();
    expect(activeRows()).toEqual(['1.3.2']);
    expect(screen.queryByText(/now runs 1\.5\.0/)).toBeNull();

    await user.click(within(notice).getByRole('link', { name: 'Register 1.5.0 to test again' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/my-applications/sh-006/versions/1.5.0/register',
      ),
    );

    await user.click(
      within(await screen.findByRole('dialog', {}, SLOW)).getByRole('button', { name: 'Cancel' }),
    );
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(notice).not.toBeInTheDocument();
  });
});
