import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { listSearchOf } from '@/lib/list-return';
import { lazyRoute } from '../lazy-route';

// The crumb returns to the list as it was left (search, filters, page), like the Back link.
const serversCrumb = { crumb: () => 'Servers', search: listSearchOf };

/** The server's name from its loader; "Server" when the loader did not wait for a slow answer. */
function serverCrumb(data: unknown): string {
  if (typeof data !== 'object' || data === null) return '';
  const name = 'name' in data ? data.name : undefined;
  return typeof name === 'string' && name ? name : 'Server';
}

/**
 * Self-hosted servers: the list, one page per server with a child URL per tab (the installation
 * is the index), an upgrade record, and the upgrade's runbook with its downtime dialog.
 */
export const serverRoutes: RouteObject[] = [
  {
    path: paths.servers.list.path,
    lazy: lazyRoute('servers/list'),
    handle: serversCrumb,
  },
  {
    path: paths.servers.list.path,
    handle: serversCrumb,
    children: [
      {
        path: paths.servers.detail.path,
        lazy: lazyRoute('servers/detail'),
        handle: { crumb: serverCrumb },
        children: [
          { index: true, lazy: lazyRoute('servers/detail-installation') },
          { path: 'upgrades', lazy: lazyRoute('servers/detail-upgrades') },
          { path: 'history', lazy: lazyRoute('servers/detail-history') },
        ],
      },
      {
        path: paths.servers.record.path,
        lazy: lazyRoute('servers/record'),
        handle: { crumb: () => 'Upgrade record' },
      },
      {
        path: paths.servers.upgrade.path,
        lazy: lazyRoute('servers/upgrade'),
        handle: { crumb: () => 'Upgrade' },
        children: [
          {
            path: paths.servers.downtime.path,
            lazy: lazyRoute('servers/upgrade-downtime'),
            handle: { crumb: () => 'Downtime' },
          },
        ],
      },
    ],
  },
];
