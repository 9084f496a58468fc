import { Outlet, type RouteObject } from 'react-router';
import { PlainLinkNavigation } from '@/components/list/plain-link';

/**
 * Routes under what the app's root layout provides to every page: the router's actions
 * (`PlainLinkNavigation`), for tests that render an area's routes without the shell.
 */
export function withRouterActions(routes: RouteObject[]): RouteObject[] {
  const element = (
    <PlainLinkNavigation>
      <Outlet />
    </PlainLinkNavigation>
  );
  return [{ element, children: freshRoutes(routes) }];
}

/**
 * A copy of a route table for one more router. A router empties a route's `lazy` object as it
 * loads each part (lazy-route.ts), and the app makes one router of its table; test files share
 * modules, so each of their routers gets `lazy` objects of its own.
 */
export function freshRoutes(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const copy: RouteObject = { ...route };
    if (typeof route.lazy === 'object') copy.lazy = { ...route.lazy };
    if (route.children) copy.children = freshRoutes(route.children);
    return copy;
  });
}
