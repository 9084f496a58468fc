import type { RouteObject } from 'react-router';
import { lazyRoute } from '../lazy-route';

/** /inbox (Events, with ?category=) and /inbox/archived, inside one Inbox page. */
export const inboxRoutes: RouteObject[] = [
  {
    path: 'inbox',
    lazy: lazyRoute('inbox/inbox'),
    handle: { crumb: () => 'Inbox' },
    children: [
      { index: true, lazy: lazyRoute('inbox/events') },
      { path: 'archived', lazy: lazyRoute('inbox/archived'), handle: { crumb: () => 'Archived' } },
    ],
  },
];
