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
  return [{ element, children: routes }];
}
