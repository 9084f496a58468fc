import type { RouteObject } from 'react-router';
import { routes } from '../router';
import { lazyRoute, loadsRouteModulesAtOnce } from './lazy-route';
import { routeModules, type RouteModuleName } from './route-modules';

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
      if (typeof route.lazy !== 'function') throw new Error(`${route.path} has no lazy function`);
      const module: { Component?: unknown } = await route.lazy();
      expect(module.Component, route.path ?? 'index').toBeTypeOf('function');
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
