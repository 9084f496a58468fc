import type { ClientOnErrorFunction } from 'react-router';
import { isApiError } from '@/lib/problem';

/**
 * An error a route's boundary shows as what it is, a state of the page: signed out, no access,
 * not found. A loader that gets it in time hands it to the boundary silently; a screen whose
 * answer came after its loader stopped waiting throws it while rendering, and React and React
 * Router would then report it on the console as a fault. It is not one.
 */
export function isPageState(error: unknown): boolean {
  return isApiError(error) && [401, 403, 404].includes(error.status);
}

/** `createRoot`'s `onCaughtError`: what React reports by default, page states left out. */
export function reportCaughtError(error: unknown): void {
  if (!isPageState(error)) console.error(error);
}

/**
 * `RouterProvider`'s `onError`: what React Router reports by default (errors thrown while
 * rendering; a loader's it hands to the boundary unreported), page states left out.
 */
export const reportRouteError: ClientOnErrorFunction = (error, { errorInfo }) => {
  if (errorInfo && !isPageState(error)) {
    console.error('React Router caught the following error during render', error);
  }
};
