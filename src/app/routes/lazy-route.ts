import { afterContentPainted } from '@/lib/after-content';
import { deferredModule } from '@/lib/deferred-module';
import type { RouteModuleName } from './route-modules';

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

/** Loads the route modules' chunk when the browser is idle after the first page painted. */
export function preloadRouteModules(): void {
  afterContentPainted(routeModules.preload);
}
