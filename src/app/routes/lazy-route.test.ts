import type { RouteObject } from 'react-router';
import { routes } from '../router';
import { lazyRoute, lazyRouteWithLoader, loadsRouteModulesAtOnce } from './lazy-route';
import {
  routeLoaders,
  routeModules,
  type RouteModuleName,
  type RouteWithLoaderName,
} from './route-modules';

const files = import.meta.glob(['./*/*.tsx', '!./**/*.test.tsx']);

function lazyRoutes(list: RouteObject[]): RouteObject[] {
  return list.flatMap((route) => [
    ...(route.lazy ? [route] : []),
    ...lazyRoutes(route.children ?? []),
  ]);
}

describe('route modules', () => {
  it('names each module by its path under the routes folder', async () => {
    for (const name of Object.keys(routeModules) as RouteModuleName[]) {
      const file = files[`./${name}.tsx`];
      expect(file, name).toBeDefined();
      expect(await lazyRoute(name)(), name).toBe(await file?.());
    }
  });

  it('gives every lazy route of the console a page to render', async () => {
    const lazy = lazyRoutes(routes);
    // Every route module, and the first screen's list, which is imported directly.
    expect(lazy).toHaveLength(Object.keys(routeModules).length + 1);
    for (const route of lazy) {
      const Component =
        typeof route.lazy === 'function'
          ? (await route.lazy()).Component
          : await route.lazy?.Component?.();
      expect(Component, route.path ?? 'index').toBeTypeOf('function');
    }
  });

  it('loads a loader of its own apart from its page, and the page without a loader', async () => {
    for (const name of Object.keys(routeLoaders) as RouteWithLoaderName[]) {
      const lazy = lazyRouteWithLoader(name);
      expect(await lazy.loader(), name).toBe(routeLoaders[name].loader);
      const page: { loader?: unknown; Component: unknown; ErrorBoundary: unknown } =
        await lazyRoute(name)();
      expect(page.loader, name).toBeUndefined();
      expect(await lazy.Component(), name).toBe(page.Component);
      expect(await lazy.ErrorBoundary(), name).toBe(page.ErrorBoundary);
    }
  });
});

describe('loading the route modules early', () => {
  it('on a full load of any page but the first screen’s list', () => {
    expect(loadsRouteModulesAtOnce('/')).toBe(false);
    expect(loadsRouteModulesAtOnce('/applications')).toBe(false);
    expect(loadsRouteModulesAtOnce('/applications/')).toBe(false);
    expect(loadsRouteModulesAtOnce('/applications/app-006')).toBe(true);
    expect(loadsRouteModulesAtOnce('/templates/tpl-1/diff')).toBe(true);
    expect(loadsRouteModulesAtOnce('/nowhere')).toBe(true);
  });
});
