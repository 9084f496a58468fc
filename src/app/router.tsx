import { createBrowserRouter, Navigate, replace, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { PageSkeleton } from '@/components/feedback/skeletons';
import type { CrumbHandle } from '@/components/layout/breadcrumbs';
import { paths } from '@/config/paths';
import { currentUserQueryOptions } from '@/features/identity/api/get-current-user';
import { queryClient } from '@/lib/query-client';
import { reportRouteError } from './caught-errors';
import { renderFirstPageAtOnce } from './first-page-at-once';
import { applicationsRoutes } from './routes/applications/routes';
import { upgradeRoutes } from './routes/applications/upgrade-routes';
import { preloadRouteModules } from './routes/lazy-route';
import { inboxRoutes } from './routes/inbox/routes';
import { platformRoutes } from './routes/platform/routes';
import { selfHostedRoutes } from './routes/self-hosted/routes';
import { serverRoutes } from './routes/servers/routes';
import { templateRoutes } from './routes/templates/routes';
import { NotFoundRoute } from './routes/not-found';
import { PageOutlet } from './routes/page-outlet';
import { RootLayout } from './routes/root';
import { RootErrorBoundary } from './routes/root-fallbacks';

const notFoundHandle: CrumbHandle = { crumb: () => 'Page not found' };

export const routes: RouteObject[] = [
  {
    id: 'root',
    path: paths.home.path,
    Component: RootLayout,
    // Only reached when the shell itself fails; page errors are caught below, inside the shell.
    ErrorBoundary: RootErrorBoundary,
    children: [
      {
        Component: PageOutlet,
        ErrorBoundary: RouteErrorBoundary,
        // The page's place while the first navigation settles. Here, not on the root: the shell
        // renders (and paints) at once on a full load and stays mounted when the page arrives.
        HydrateFallback: PageSkeleton,
        children: [
          {
            index: true,
            loader: () => replace(paths.applications.list.href()),
            Component: () => <Navigate to={paths.applications.list.href()} replace />,
          },
          ...applicationsRoutes,
          ...upgradeRoutes,
          ...selfHostedRoutes,
          ...templateRoutes,
          ...serverRoutes,
          ...platformRoutes,
          ...inboxRoutes,
          { path: '*', Component: NotFoundRoute, handle: notFoundHandle },
        ],
      },
    ],
  },
];

let router: ReturnType<typeof createBrowserRouter> | undefined;

/**
 * Created when the app starts (or on first render), not at import: creating it starts the first
 * navigation and its loaders.
 */
export function getRouter() {
  if (router) return router;
  // Who is signed in is asked for beside the first page's data, not once the shell has rendered:
  // pages that need a permission wait for it.
  queryClient.query(currentUserQueryOptions()).catch(() => undefined);
  router = renderFirstPageAtOnce(createBrowserRouter(routes));
  preloadRouteModules();
  return router;
}

export function AppRouter() {
  return <RouterProvider router={getRouter()} onError={reportRouteError} />;
}
