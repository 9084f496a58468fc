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
  // The page's import comes a task after the chunk, once the router (in microtasks) has called
  // the loader: importing the page adds a modulepreload link per file it needs (two dozen for
  // the diff page, ~1.5 ms each at 4x CPU while the page loads), before the loader's fetch.
  const page = () =>
    routeModules
      .load()
      .then(nextTask)
      .then((modules) => modules.routeModules[name]());
  return {
    loader: () => routeModules.load().then((modules) => modules.routeLoaders[name].loader),
    Component: () => page().then((m) => m.Component),
    ErrorBoundary: () => page().then((m) => m.ErrorBoundary),
  };
}

function nextTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), 0));
}

/**
 * On a full load of any page but the first screen's list (or `/`, which leads to it), the chunk
 * is the page's next step: it starts loading before the app's first render, not after it.
 */
export function loadsRouteModulesAtOnce(pathname: string): boolean {
  return !isFirstScreen(pathname);
}

/** The first screen: the applications list, or `/`, which leads to it. */
export function isFirstScreen(pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '');
  return path === '' || path === paths.applications.list.href();
}

/**
 * Starts loading the chunk now if `pathname` needs it; settles once it has run (or failed), or
 * at once for a page that does not need it.
 */
export function routeModulesFor(pathname: string): Promise<void> {
  if (!loadsRouteModulesAtOnce(pathname)) return Promise.resolve();
  return routeModules.load().then(
    () => undefined,
    () => undefined,
  );
}

/** Loads the route modules' chunk when the browser is idle after the first page painted. */
export function preloadRouteModules(): void {
  afterContentPainted(routeModules.preload);
}
