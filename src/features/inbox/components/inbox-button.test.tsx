import { screen, waitFor } from '@testing-library/react';
import { notify } from '@mocks/core/records';
import { simulator } from '@mocks/simulator';
import { renderWithProviders } from '@/testing/render';
import { notificationKeys } from '../api/keys';
import { InboxButton } from './inbox-button';

/** A tenant of Fleet Telemetry presses Deny: the simulator files a message for the admin. */
function denial(tenant: string, secondsLater = 0) {
  notify(simulator.db, Date.now() + secondsLater * 1000, 'u-admin', {
    kind: 'self-hosted.tenant-denied',
    category: 'message',
    severity: 'warning',
    title: `${tenant} denied Fleet Telemetry 3.2.0`,
    message: `${tenant} pressed Deny in the provisioning e-mail.`,
    resource: { type: 'self-hosted-application', id: 'sh-003', name: 'Fleet Telemetry' },
  });
}

async function renderButton() {
  const view = renderWithProviders(<InboxButton userId="u-admin" />);
  // The seed holds one unread notification for Alex.
  expect(await screen.findByRole('link', { name: 'Inbox, 1 unread' })).toHaveAttribute(
    'href',
    '/inbox',
  );
  const nextPoll = () => view.queryClient.refetchQueries({ queryKey: notificationKeys.summary() });
  return { ...view, nextPoll, toasts: screen.getByRole('status', { name: 'Notifications' }) };
}

describe('InboxButton', () => {
  it('polls the unread count and toasts a notification that arrives, with a way to the Inbox', async () => {
    const { toasts, router, user } = await renderButton();
    // What was there on load is not news.
    expect(toasts).toBeEmptyDOMElement();

    denial('Kestrel Logistics');
    // No manual refetch: the 5 s poll finds it.
    expect(
      await screen.findByRole('link', { name: 'Inbox, 2 unread' }, { timeout: 7000 }),
    ).toBeInTheDocument();
    // The toast follows the count: it is raised once the new summary has rendered.
    await waitFor(() =>
      expect(toasts).toHaveTextContent(
        'New in your Inbox: Kestrel Logistics denied Fleet Telemetry 3.2.0',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Open Inbox' }));
    expect(router.state.location).toMatchObject({
      pathname: '/inbox',
      search: '?category=message',
    });
    await waitFor(() => expect(toasts).toBeEmptyDOMElement());
  });

  it('sums up several arrivals between two polls in one toast', async () => {
    const { toasts, nextPoll, user } = await renderButton();
    denial('Kestrel Logistics');
    denial('Contoso Mining', 1);
    denial('Harbor Utilities', 2);
    await nextPoll();

    expect(await screen.findByRole('link', { name: 'Inbox, 4 unread' })).toBeInTheDocument();
    await waitFor(() =>
      expect(toasts).toHaveTextContent(
        '3 new notifications in your Inbox. Newest: Harbor Utilities denied Fleet Telemetry 3.2.0',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    // One toast, not one per notification.
    await waitFor(() => expect(toasts).toBeEmptyDOMElement());
  });

  it('says when the unread count is unavailable, quietly, and shows it again once it loads', async () => {
    const { toasts, nextPoll } = await renderButton();
    simulator.setScenario({ failure: { endpointId: 'getNotificationSummary', status: 500 } });
    await nextPoll();
    // The last count may be wrong by now: not shown as if it were current.
    const button = await screen.findByRole('link', { name: 'Inbox, unread count unavailable' });
    expect(button).toHaveAttribute('href', '/inbox');
    expect(button).not.toHaveTextContent('1');
    await nextPoll();
    // Every poll fails, but none of them toasts.
    expect(toasts).toBeEmptyDOMElement();

    simulator.clearScenario();
    await nextPoll();
    expect(await screen.findByRole('link', { name: 'Inbox, 1 unread' })).toBeInTheDocument();
    expect(toasts).toBeEmptyDOMElement();
  });

  it('says the count is unavailable when it never loaded', async () => {
    simulator.setScenario({ failure: { endpointId: 'getNotificationSummary', status: 503 } });
    renderWithProviders(<InboxButton userId="u-admin" />);
    expect(
      await screen.findByRole('link', { name: 'Inbox, unread count unavailable' }),
    ).toBeInTheDocument();
  });

  it('does not toast when notifications are read, archived or restored', async () => {
    const { toasts, nextPoll, user } = await renderButton();
    denial('Kestrel Logistics');
    await nextPoll();
    await waitFor(() => expect(toasts).toHaveTextContent('Kestrel Logistics'));
    await screen.findByRole('link', { name: 'Inbox, 2 unread' });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(toasts).toBeEmptyDOMElement());

    const [seeded, kestrel] = simulator.db.notifications;
    if (!seeded || !kestrel) throw new Error('expected two notifications');
    kestrel.read = true;
    seeded.archived = true;
    await nextPoll();
    expect(await screen.findByRole('link', { name: 'Inbox, no unread' })).toBeInTheDocument();

    kestrel.read = false;
    seeded.archived = false;
    await nextPoll();
    expect(await screen.findByRole('link', { name: 'Inbox, 2 unread' })).toBeInTheDocument();
    expect(toasts).toBeEmptyDOMElement();
  });
});
