import { screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { renderWithProviders } from '@/testing/render';
import { EventsPanel } from './events-panel';
import { InboxScreen } from './inbox-screen';

const seeded = () => simulator.db.notifications.find((n) => n.title === 'Upgrade finished');

function renderEvents(url: string) {
  return renderWithProviders(
    <InboxScreen box="inbox">
      <EventsPanel />
    </InboxScreen>,
    { url },
  );
}

describe('Inbox → Events', () => {
  it('filters by category from the URL and says when a category is empty', async () => {
    renderEvents('/inbox?category=message');
    expect(screen.getByRole('tab', { name: 'Message' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Events' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { name: 'No messages' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'All' })).toHaveAttribute('href', '/inbox');
  });

  it('shows a notification with its state, time and link; marks it read, then archives it', async () => {
    const { user } = renderEvents('/inbox');
    const list = await screen.findByRole('list', { name: 'Events, newest first' });
    const item = within(list).getByRole('listitem', { name: 'Upgrade finished' });
    expect(item).toHaveTextContent('Success');
    expect(item).toHaveTextContent('Unread');
    expect(item).toHaveTextContent(/Nov 2, 2026.*\(.+ago\)/);
    expect(within(item).getByRole('link', { name: 'View invoice-approvals' })).toHaveAttribute(
      'href',
      '/applications/app-001',
    );

    await user.click(within(item).getByRole('button', { name: 'Mark read: Upgrade finished' }));
    expect(
      await within(item).findByRole('button', { name: 'Mark unread: Upgrade finished' }),
    ).toBeInTheDocument();
    expect(item).toHaveTextContent('Read');
    expect(seeded()?.read).toBe(true);

    await user.click(within(item).getByRole('button', { name: 'Archive: Upgrade finished' }));
    expect(await screen.findByRole('heading', { name: 'No events' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
        'Archived: Upgrade finished',
      ),
    );
    expect(seeded()?.archived).toBe(true);
  });

  it('marks all read through the API', async () => {
    const { user } = renderEvents('/inbox');
    await screen.findByRole('list', { name: 'Events, newest first' });
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText('Marked 1 as read.')).toBeInTheDocument();
    expect(seeded()?.read).toBe(true);
    expect(await screen.findByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  it('shows a failed list with a Retry that recovers', async () => {
    simulator.setScenario({ failure: { endpointId: 'listNotifications', status: 500 } });
    const { user } = renderEvents('/inbox');
    expect(await screen.findByText('Notifications could not be loaded')).toBeInTheDocument();
    simulator.clearScenario();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Events, newest first' })).toBeInTheDocument();
  });
});
