import { replace, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { lazyRoute } from '../lazy-route';

/** "Upgrade <name>" once the loader has the application. */
function upgradeCrumb(data: unknown): string {
  const name = typeof data === 'object' && data !== null && 'name' in data ? data.name : undefined;
  return typeof name === 'string' && name ? `Upgrade ${name}` : 'Upgrade';
}

const applicationsCrumb = { crumb: () => 'Applications' };

/** The upgrade wizard: one child URL per step, so Back works and QA can deep-link a step. */
export const upgradeRoutes: RouteObject[] = [
  {
    path: 'applications',
    handle: applicationsCrumb,
    children: [
      {
        path: paths.applications.upgrade.path.replace(/^applications\//, ''),
        lazy: lazyRoute('applications/upgrade'),
        handle: { crumb: upgradeCrumb },
        children: [
          {
            index: true,
            loader: ({ params }) =>
              replace(paths.applications.upgrade.href(params.applicationId ?? '')),
          },
          { path: 'version', lazy: lazyRoute('applications/upgrade-version') },
          { path: 'access', lazy: lazyRoute('applications/upgrade-access') },
          { path: 'connectors', lazy: lazyRoute('applications/upgrade-connectors') },
          { path: 'review', lazy: lazyRoute('applications/upgrade-review') },
          { path: 'progress', lazy: lazyRoute('applications/upgrade-progress') },
        ],
      },
    ],
  },
];
