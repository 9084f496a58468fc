import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_CLOCK } from '@/testing/clock';
import { renderFirstPageAtOnce, whenFirstPageSettles } from './first-page-at-once';

type Listener = (state: { initialized: boolean }, options: { flushSync: boolean }) => void;

/** The part of a data router the wrapper uses: its state and its subscribers. */
function fakeRouter(initialized: boolean) {
  let listeners: Listener[] = [];
  const router = {
    state: { initialized },
    subscribe: (listener: Listener) => {
      listeners.push(listener);
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
    get listening() {
      return listeners.length;
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

describe('whenFirstPageSettles', () => {
  const fakeTimers = () =>
    vi.useFakeTimers({
      ...TEST_CLOCK,
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
      shouldAdvanceTime: false,
    });
  afterEach(() => vi.useFakeTimers(TEST_CLOCK));
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    return done;
  };

  it('settles at once for a router whose first page is in', async () => {
    // @ts-expect-error: the fake has only what the function touches
    expect(await settled(whenFirstPageSettles(fakeRouter(true), 600))).toBe(true);
  });

  it('settles when the first navigation does, and stops listening', async () => {
    fakeTimers();
    const router = fakeRouter(false);
    // @ts-expect-error: the fake has only what the function touches
    const waiting = whenFirstPageSettles(router, 600);
    router.emit(false);
    expect(await settled(waiting)).toBe(false);
    router.emit(true);
    expect(await settled(waiting)).toBe(true);
    expect(router.listening).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('settles after the wait when the first page takes longer, and stops listening', async () => {
    fakeTimers();
    const router = fakeRouter(false);
    // @ts-expect-error: the fake has only what the function touches
    const waiting = whenFirstPageSettles(router, 600);
    vi.advanceTimersByTime(599);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
    expect(router.listening).toBe(0);
  });
});
