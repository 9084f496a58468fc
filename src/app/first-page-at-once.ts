import type { createBrowserRouter } from 'react-router';

type DataRouter = ReturnType<typeof createBrowserRouter>;
type Subscriber = Parameters<DataRouter['subscribe']>[0];

/**
 * Renders the first page, once its loaders are done, in one go (`flushSync`) rather than as a
 * transition: React time-slices a transition into 5 ms pieces so input can come between them,
 * but on a full load the shell is already painted and there is nothing to interleave. Later
 * navigations keep their transitions, so typing never waits for a list's rows.
 */
export function renderFirstPageAtOnce<R extends Pick<DataRouter, 'state' | 'subscribe'>>(
  router: R,
): R {
  let firstPageShown = router.state.initialized;
  const subscribe = router.subscribe.bind(router);
  router.subscribe = (subscriber: Subscriber) =>
    subscribe((state, options) => {
      const first = !firstPageShown && state.initialized;
      if (first) firstPageShown = true;
      subscriber(state, first ? { ...options, flushSync: true } : options);
    });
  return router;
}

/**
 * Resolves once the router's first navigation has settled (its loaders done, each bounded by
 * `LOADER_WAIT_MS`), or after `waitMs`, whichever comes first. On a full load the boot shell
 * (index.html) is already on screen: rendering the app once its first page is ready lays out
 * and paints the shell and the page once, instead of the shell with a skeleton, then the page.
 */
export function whenFirstPageSettles(
  router: Pick<DataRouter, 'state' | 'subscribe'>,
  waitMs: number,
): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(settle, waitMs);
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) settle();
    });
  });
}
