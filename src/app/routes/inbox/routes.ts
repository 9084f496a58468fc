import type { RouteObject } from 'react-router';

/** /inbox (Events, with ?category=) and /inbox/archived, inside one Inbox page. */
export const inboxRoutes: RouteObject[] = [
  {
    path: 'inbox',
    lazy: () => import('./inbox'),
    handle: { crumb: () => 'Inbox' },
    children: [
      { index: true, lazy: () => import('./events') },
      { path: 'archived', lazy: () => import('./archived'), handle: { crumb: () => 'Archived' } },
    ],
  },
];
