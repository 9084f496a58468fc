import { screen, waitFor, within } from '@testing-library/react';
import type { FieldError } from '@/contract/common';
import { faultMatrixSuite, type MatrixAction } from '@/testing/fault-matrix/fault-suite';
import { FIRST_LOAD, SLOW } from '@/testing/fault-matrix/screen';
import { routes } from '../router';

const TITLE = 'Upgrade finished';
const events = () => screen.getByRole('list', { name: 'Events, newest first' });
const item = () => within(events()).getByRole('listitem', { name: TITLE });
/** The Events tab's panel (the Inbox's own tabs have panels too). */
const eventsPanel = () => {
  const panel = events().closest('[role="tabpanel"]');
  if (!(panel instanceof HTMLElement)) throw new Error('no panel around the events');
  return panel;
};

/** A button on the seeded notification: the message belongs on that notification. */
function itemAction(name: string, button: string, fieldError: FieldError): MatrixAction {
  return {
    name,
    endpointId: 'updateNotification',
    fieldError,
    url: '/inbox',
    prepare: async ({ user }) => {
      await screen.findByRole('list', { name: 'Events, newest first' }, FIRST_LOAD);
      return {
        place: item,
        send: () => user.dblClick(within(item()).getByRole('button', { name: button })),
        kept: () => expect(within(item()).getByText('Unread')).toBeVisible(),
      };
    },
    // Marked read, its button says Mark unread; archived, it leaves Events.
    done: async () => {
      await waitFor(() => expect(screen.queryByRole('button', { name: button })).toBeNull(), SLOW);
    },
  };
}

const markRead = itemAction('Inbox: Mark read', `Mark read: ${TITLE}`, {
  field: 'read',
  message: 'This notification cannot be marked read yet.',
});

const archive = itemAction('Inbox: Archive', `Archive: ${TITLE}`, {
  field: 'archived',
  message: 'This notification cannot be archived yet.',
});

const markAllRead: MatrixAction = {
  name: 'Inbox: Mark all read',
  endpointId: 'markAllNotificationsRead',
  fieldError: { field: 'category', message: 'Events cannot be marked read in bulk yet.' },
  url: '/inbox',
  prepare: async ({ user }) => {
    await screen.findByRole('list', { name: 'Events, newest first' }, FIRST_LOAD);
    return {
      place: eventsPanel,
      send: () =>
        user.dblClick(within(eventsPanel()).getByRole('button', { name: 'Mark all read' })),
      kept: () => expect(within(item()).getByText('Unread')).toBeVisible(),
    };
  },
  done: async () => {
    await waitFor(() => expect(within(item()).getByText('Read')).toBeVisible(), SLOW);
  },
};

faultMatrixSuite(routes, 'inbox', [markRead, archive, markAllRead]);
