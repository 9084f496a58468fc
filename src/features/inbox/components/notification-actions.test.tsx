import { screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { renderWithProviders } from '@/testing/render';
import { EventsPanel } from './events-panel';
import { InboxScreen } from './inbox-screen';

const seeded = () => simulator.db.notifications.find((n) => n.title === 'Upgrade finished');

async function renderEvents() {
  const view = renderWithProviders(
    <InboxScreen box="inbox">
      <EventsPanel />
    </InboxScreen>,
    { url: '/inbox' },
  );
  const list = await screen.findByRole('list', { name: 'Events, newest first' });
  const item = within(list).getByRole('listitem', { name: 'Upgrade finished' });
  return { ...view, item, toasts: screen.getByRole('status', { name: 'Notifications' }) };
}

describe('Inbox actions: what a failure says, and for how long', () => {
  it('says which notification a failed Mark read was about, and clears it once a retry succeeds', async () => {
    simulator.setScenario({ failure: { endpointId: 'updateNotification', status: 500 } });
    const { user, item, toasts } = await renderEvents();

    await user.click(within(item).getByRole('button', { name: 'Mark read: Upgrade finished' }));
    // Said on the notification, where the button was pressed.
    expect(await within(item).findByRole('alert')).toHaveTextContent(
      '“Upgrade finished” was not marked read. The server failed to handle the request.',
    );
    expect(seeded()?.read).toBe(false);

    simulator.clearScenario();
    await user.click(within(item).getByRole('button', { name: 'Mark read: Upgrade finished' }));
    expect(
      await within(item).findByRole('button', { name: 'Mark unread: Upgrade finished' }),
    ).toBeInTheDocument();
    expect(seeded()?.read).toBe(true);
    // The failure is over: its message must not stay on screen, claiming otherwise.
    expect(within(item).queryByRole('alert')).toBeNull();
    expect(toasts).toBeEmptyDOMElement();
  });

  it('clears a failed Mark all read once a retry succeeds, leaving the success', async () => {
    simulator.setScenario({ failure: { endpointId: 'markAllNotificationsRead', status: 503 } });
    const { user, toasts } = await renderEvents();

    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was marked read.');

    simulator.clearScenario();
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(toasts).toHaveTextContent('Marked 1 as read.'));
    expect(screen.queryByText(/Nothing was marked read/)).toBeNull();
  });
});
