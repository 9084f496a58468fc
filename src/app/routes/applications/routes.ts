import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { listSearchOf } from '@/lib/list-return';
import { detailCrumb } from './detail-crumb';
import { applicationsListData } from './list-data';
import { lazyRoute } from '../lazy-route';

// The crumb returns to the list as it was left (search, filters, page), like the Back link.
const applicationsCrumb = { crumb: () => 'Applications', search: listSearchOf };

/** The console's first screen. */
export const applicationsListRoute: RouteObject = {
  path: 'applications',
  ...applicationsListData,
  lazy: () => import('./list'),
  handle: applicationsCrumb,
  children: [
    {
      path: paths.applications.readinessCheck.path,
      lazy: lazyRoute('applications/readiness-check'),
      handle: { crumb: () => 'Upgrade readiness' },
    },
  ],
};

export const applicationsRoutes: RouteObject[] = [
  applicationsListRoute,
  {
    // A second branch at the same URL, without the list: its crumb links back to the list and
    // the detail page (one child route per tab) nests under it: "Applications › <name>".
    path: 'applications',
    handle: applicationsCrumb,
    children: [
      {
        path: paths.applications.detail.path,
        lazy: lazyRoute('applications/detail'),
        handle: { crumb: detailCrumb },
        children: [
          { index: true, lazy: lazyRoute('applications/detail-overview') },
          { path: 'services', lazy: lazyRoute('applications/detail-services') },
          { path: 'infrastructure', lazy: lazyRoute('applications/detail-infrastructure') },
          { path: 'connectors', lazy: lazyRoute('applications/detail-connectors') },
          {
            path: 'access',
            lazy: lazyRoute('applications/detail-access'),
            children: [
              {
                path: paths.applications.manageAccess.path,
                lazy: lazyRoute('applications/detail-access-manage'),
                handle: { crumb: () => 'Manage access' },
              },
            ],
          },
          { path: 'work', lazy: lazyRoute('applications/detail-work') },
          { path: 'history', lazy: lazyRoute('applications/detail-history') },
        ],
      },
    ],
  },
];
