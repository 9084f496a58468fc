import { replace, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';

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
        lazy: () => import('./upgrade'),
        handle: { crumb: upgradeCrumb },
        children: [
          {
            index: true,
            loader: ({ params }) =>
              replace(paths.applications.upgrade.href(params.applicationId ?? '')),
          },
          { path: 'version', lazy: () => import('./upgrade-version') },
          { path: 'access', lazy: () => import('./upgrade-access') },
          { path: 'connectors', lazy: () => import('./upgrade-connectors') },
          { path: 'review', lazy: () => import('./upgrade-review') },
          { path: 'progress', lazy: () => import('./upgrade-progress') },
        ],
      },
    ],
  },
];
