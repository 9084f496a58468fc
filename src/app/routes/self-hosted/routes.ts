import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { listSearchOf } from '@/lib/list-return';
import { detailCrumb } from '../applications/detail-crumb';

// The crumb returns to the list as it was left (search, filters, page), like the Back link.
const myApplicationsCrumb = { crumb: () => 'My Applications', search: listSearchOf };

/**
 * My Applications: the list, and one page per application with a child URL per tab
 * (Versions is the index). The Versions tab's dialogs are child URLs of it, so Back closes them.
 */
export const selfHostedRoutes: RouteObject[] = [
  {
    path: paths.selfHosted.list.path,
    lazy: () => import('./list'),
    handle: myApplicationsCrumb,
  },
  {
    path: paths.selfHosted.list.path,
    handle: myApplicationsCrumb,
    children: [
      {
        path: paths.selfHosted.detail.path,
        lazy: () => import('./detail'),
        handle: { crumb: detailCrumb },
        children: [
          {
            path: '',
            lazy: () => import('./detail-versions'),
            // The Versions tab's dialogs (Register to Test, Confirm Update…), over the tab.
            children: [
              {
                path: paths.selfHosted.registerVersion.path,
                lazy: () => import('./detail-versions-register'),
              },
              {
                path: paths.selfHosted.withdrawRegistration.path,
                lazy: () => import('./detail-versions-withdraw'),
              },
              {
                path: paths.selfHosted.confirmUpdate.path,
                lazy: () => import('./detail-versions-confirm-update'),
              },
              {
                path: paths.selfHosted.confirmReactivate.path,
                lazy: () => import('./detail-versions-confirm-reactivate'),
              },
            ],
          },
          { path: 'tenants', lazy: () => import('./detail-tenants') },
          { path: 'settings', lazy: () => import('./detail-settings') },
          { path: 'history', lazy: () => import('./detail-history') },
        ],
      },
    ],
  },
];
