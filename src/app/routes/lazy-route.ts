import { paths } from '@/config/paths';
import { afterContentPainted } from '@/lib/after-content';
import { deferredModule } from '@/lib/deferred-module';
import type { RouteModuleName, RouteWithLoaderName } from './route-modules';

/**
 * Each `import()` carries the list of files its module needs, so they load side by side rather
 * than one after another. Written in the route tables, those lists for every page were ~6 KB gzip
 * of the first screen. The imports live in `route-modules.ts` instead, a small chunk loaded once
 * the first page has painted (or by the first navigation that needs it, if sooner).
 */
const routeModules = deferredModule(() => import('./route-modules'));

/** A route's `lazy`: its module, through the route modules' chunk. */
export function lazyRoute(name: RouteModuleName) {
  return () => routeModules.load().then((modules) => modules.routeModules[name]());
}

/**
 * A route's `lazy`, property by property, for a route whose loader is a module of its own
 * (`routeLoaders`): the router calls the loader once its small chunk is there, while the page's
 * module is still loading.
 */
export function lazyRouteWithLoader(name: RouteWithLoaderName) {
  const page = lazyRoute(name);
  return {
    loader: () => routeModules.load().then((modules) => modules.routeLoaders[name].loader),
    Component: () => page().then((m) => m.Component),
    ErrorBoundary: () => page().then((m) => m.ErrorBoundary),
  };
}

/**
 * On a full load of any page but the first screen's list (or `/`, which leads to it), the chunk
 * is the page's next step: it starts loading before the app's first render, not after it.
 */
export function loadsRouteModulesAtOnce(pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '');
  return path !== '' && path !== paths.applications.list.href();
}

export function loadRouteModulesFor(pathname: string): void {
  if (loadsRouteModulesAtOnce(pathname)) routeModules.preload();
}

/** Loads the route modules' chunk when the browser is idle after the first page painted. */
export function preloadRouteModules(): void {
  afterContentPainted(routeModules.preload);
}
