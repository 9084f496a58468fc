import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { listSearchOf } from '@/lib/list-return';
import { detailCrumb } from '../applications/detail-crumb';
import { lazyRoute } from '../lazy-route';

// The crumb returns to the list as it was left (search, filters, page), like the Back link.
const myApplicationsCrumb = { crumb: () => 'My Applications', search: listSearchOf };

/**
 * My Applications: the list, and one page per application with a child URL per tab
 * (Versions is the index). The Versions tab's dialogs are child URLs of it, so Back closes them.
 */
export const selfHostedRoutes: RouteObject[] = [
  {
    path: paths.selfHosted.list.path,
    lazy: lazyRoute('self-hosted/list'),
    handle: myApplicationsCrumb,
  },
  {
    path: paths.selfHosted.list.path,
    handle: myApplicationsCrumb,
    children: [
      {
        path: paths.selfHosted.detail.path,
        lazy: lazyRoute('self-hosted/detail'),
        handle: { crumb: detailCrumb },
        children: [
          {
            path: '',
            lazy: lazyRoute('self-hosted/detail-versions'),
            // The Versions tab's dialogs (Register to Test, Confirm Update…), over the tab.
            children: [
              {
                path: paths.selfHosted.registerVersion.path,
                lazy: lazyRoute('self-hosted/detail-versions-register'),
              },
              {
                path: paths.selfHosted.withdrawRegistration.path,
                lazy: lazyRoute('self-hosted/detail-versions-withdraw'),
              },
              {
                path: paths.selfHosted.confirmUpdate.path,
                lazy: lazyRoute('self-hosted/detail-versions-confirm-update'),
              },
              {
                path: paths.selfHosted.confirmReactivate.path,
                lazy: lazyRoute('self-hosted/detail-versions-confirm-reactivate'),
              },
            ],
          },
          { path: 'tenants', lazy: lazyRoute('self-hosted/detail-tenants') },
          { path: 'settings', lazy: lazyRoute('self-hosted/detail-settings') },
          { path: 'history', lazy: lazyRoute('self-hosted/detail-history') },
        ],
      },
    ],
  },
];
