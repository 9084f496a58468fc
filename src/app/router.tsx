import {
  createBrowserRouter,
  Navigate,
  replace,
  type PatchRoutesOnNavigationFunction,
  type RouteObject,
} from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { PageSkeleton } from '@/components/feedback/skeletons';
import type { CrumbHandle } from '@/components/layout/breadcrumbs';
import { paths } from '@/config/paths';
import { currentUserQueryOptions } from '@/features/identity/api/get-current-user';
import { queryClient } from '@/lib/query-client';
import { reportRouteError } from './caught-errors';
import { renderFirstPageAtOnce } from './first-page-at-once';
import { applicationsListRoute, applicationsRoutes } from './routes/applications/routes';
import { startApplicationsList } from './routes/applications/list-data';
import { upgradeRoutes } from './routes/applications/upgrade-routes';
import { isFirstScreen, preloadRouteModules } from './routes/lazy-route';
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

const indexRoute: RouteObject = {
  index: true,
  loader: () => replace(paths.applications.list.href()),
  Component: () => <Navigate to={paths.applications.list.href()} replace />,
};
const notFoundRoute: RouteObject = { path: '*', Component: NotFoundRoute, handle: notFoundHandle };

/** Every page, in the shell's page outlet. */
const pageRoutes: RouteObject[] = [
  indexRoute,
  ...applicationsRoutes,
  ...upgradeRoutes,
  ...selfHostedRoutes,
  ...templateRoutes,
  ...serverRoutes,
  ...platformRoutes,
  ...inboxRoutes,
  notFoundRoute,
];

const PAGES_ROUTE_ID = 'pages';

function routesWith(pages: RouteObject[]): RouteObject[] {
  return [
    {
      id: 'root',
      path: paths.home.path,
      Component: RootLayout,
      // Only reached when the shell itself fails; page errors are caught below, inside the shell.
      ErrorBoundary: RootErrorBoundary,
      children: [
        {
          id: PAGES_ROUTE_ID,
          Component: PageOutlet,
          ErrorBoundary: RouteErrorBoundary,
          // The page's place while the first navigation settles. Here, not on the root: the shell
          // renders (and paints) at once on a full load and stays mounted when the page arrives.
          HydrateFallback: PageSkeleton,
          children: pages,
        },
      ],
    },
  ];
}

export const routes: RouteObject[] = routesWith(pageRoutes);

/**
 * The routes a router starts with on a full load of `pathname`, and how it finds the others.
 * Making a router ranks every route it knows (~40 ms at 4x CPU for the console's hundred): a full
 * load of the first screen starts with its own routes (and "Page not found"), and the first
 * navigation anywhere else adds the rest (react-router's route discovery). Any other page starts
 * with every route, since it needs them at once.
 */
export function routerRoutesFor(pathname: string): {
  routes: RouteObject[];
  patchRoutesOnNavigation?: PatchRoutesOnNavigationFunction;
} {
  if (!isFirstScreen(pathname)) return { routes };
  const firstScreen = [indexRoute, applicationsListRoute, notFoundRoute];
  let patched = false;
  return {
    routes: routesWith(firstScreen),
    // Called for every navigation the known routes match only with parameters (a detail page,
    // "Page not found"): the rest is added once.
    // The router ignores a patch for a navigation already cancelled: the next one adds them.
    patchRoutesOnNavigation: ({ patch, signal }) => {
      if (patched || signal.aborted) return;
      patch(
        PAGES_ROUTE_ID,
        pageRoutes.filter((route) => !firstScreen.includes(route)),
      );
      patched = true;
    },
  };
}

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
  // So are the first screen's rows: making the router ranks every route (~40 ms at 4x CPU),
  // and its loader then finds the request on its way.
  if (isFirstScreen(window.location.pathname)) {
    startApplicationsList(new URL(window.location.href))?.catch(() => undefined);
  }
  const { routes: known, patchRoutesOnNavigation } = routerRoutesFor(window.location.pathname);
  router = renderFirstPageAtOnce(createBrowserRouter(known, { patchRoutesOnNavigation }));
  preloadRouteModules();
  return router;
}

export function AppRouter() {
  return <RouterProvider router={getRouter()} onError={reportRouteError} />;
}
