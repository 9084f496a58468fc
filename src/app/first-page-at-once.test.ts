import { describe, expect, it, vi } from 'vitest';
import { renderFirstPageAtOnce } from './first-page-at-once';

type Listener = (state: { initialized: boolean }, options: { flushSync: boolean }) => void;

/** The part of a data router the wrapper uses: its state and its subscribers. */
function fakeRouter(initialized: boolean) {
  const listeners: Listener[] = [];
  const router = {
    state: { initialized },
    subscribe: (listener: Listener) => {
      listeners.push(listener);
      return () => undefined;
    },
    emit(initializedNow: boolean, flushSync = false) {
      router.state = { initialized: initializedNow };
      listeners.forEach((listener) => listener(router.state, { flushSync }));
    },
  };
  return router;
}

describe('renderFirstPageAtOnce', () => {
  it('asks for a synchronous render of the first loaded page only', () => {
    const router = fakeRouter(false);
    // @ts-expect-error: the fake has only what the wrapper touches
    renderFirstPageAtOnce(router);
    const listener = vi.fn();
    router.subscribe(listener);

    router.emit(false); // a loader still running: the navigation's own state
    router.emit(true); // the first page's data is in
    router.emit(true); // a later navigation
    router.emit(true, true); // one that asked for flushSync itself keeps it

    expect(
      listener.mock.calls.map(([, options]) => (options as { flushSync: boolean }).flushSync),
    ).toEqual([false, true, false, true]);
  });

  it('leaves every update alone when the router was ready before anyone subscribed', () => {
    const router = fakeRouter(true);
    // @ts-expect-error: the fake has only what the wrapper touches
    renderFirstPageAtOnce(router);
    const listener = vi.fn();
    router.subscribe(listener);
    router.emit(true);
    expect(listener).toHaveBeenCalledWith({ initialized: true }, { flushSync: false });
  });
});
