import { replace, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { lazyRoute } from '../lazy-route';

/** "Upgrade Northwind to 11.19.0" from the plan's loader; "Upgrade plan" before it answered. */
function planCrumb(data: unknown): string {
  if (typeof data !== 'object' || data === null) return 'Upgrade plan';
  const title = 'title' in data ? data.title : undefined;
  return typeof title === 'string' && title ? title : 'Upgrade plan';
}

/**
 * Platform upgrades across environments: the infrastructure page, and one page per upgrade plan
 * with a child URL per phase (analysis, planning, execution and each environment's, testing).
 */
export const platformRoutes: RouteObject[] = [
  {
    path: paths.platform.home.path,
    handle: { crumb: () => 'Platform' },
    children: [
      { index: true, lazy: lazyRoute('platform/home') },
      {
        path: paths.platform.plan.path,
        lazy: lazyRoute('platform/plan'),
        handle: { crumb: planCrumb },
        children: [
          {
            index: true,
            loader: ({ params }: LoaderFunctionArgs) =>
              replace(paths.platform.plan.href(params.planId ?? '')),
          },
          { path: 'analysis', lazy: lazyRoute('platform/plan-analysis') },
          { path: 'planning', lazy: lazyRoute('platform/plan-planning') },
          {
            path: 'execution',
            lazy: lazyRoute('platform/execution'),
            children: [
              { path: paths.platform.stage.path, lazy: lazyRoute('platform/execution-stage') },
            ],
          },
          {
            path: paths.platform.execution.path,
            lazy: lazyRoute('platform/execution-environment'),
          },
          { path: 'testing', lazy: lazyRoute('platform/testing') },
        ],
      },
    ],
  },
];
