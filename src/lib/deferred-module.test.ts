import { act, render, renderHook, screen } from '@testing-library/react';
import { createElement } from 'react';
import { deferredModule, useDeferredModule } from './deferred-module';

describe('deferredModule', () => {
  it('imports once, tells its subscribers, and tries again after a failed import', async () => {
    const importer = vi
      .fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ value: 1 });
    const module = deferredModule(importer);
    const onLoad = vi.fn();
    module.subscribe(onLoad);

    await expect(module.load()).rejects.toThrow('offline');
    expect(module.peek()).toBeUndefined();

    module.preload();
    await expect(module.load()).resolves.toEqual({ value: 1 });
    expect(module.peek()).toEqual({ value: 1 });
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('useDeferredModule', () => {
  it('renders the module once it arrives, and at once when it already has', async () => {
    let resolve: (module: { value: number }) => void = () => undefined;
    const module = deferredModule(() => new Promise<{ value: number }>((done) => (resolve = done)));
    const first = renderHook(() => useDeferredModule(module));
    expect(first.result.current).toBeUndefined();

    void module.load();
    resolve({ value: 1 });
    await act(() => module.load());
    expect(first.result.current).toEqual({ value: 1 });

    const later = renderHook(() => useDeferredModule(module));
    expect(later.result.current).toEqual({ value: 1 });
  });

  it('sees a module that arrived between its render and its effect', () => {
    const arrived = { value: 2 };
    let rendered = false;
    const module = {
      load: () => Promise.resolve(arrived),
      preload: () => undefined,
      // Not there while the first render reads it; there once that render is done.
      peek: () => (rendered ? arrived : undefined),
      subscribe: () => () => undefined,
    };
    const seen: unknown[] = [];
    function Reader() {
      seen.push(useDeferredModule(module));
      rendered = true;
      return null;
    }
    render(createElement(Reader));
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toBe(arrived);
  });
});

describe('a module whose arrival has not rendered yet', () => {
  const tab = () => new KeyboardEvent('keydown', { key: 'Tab', bubbles: true });
  const press = () => new Event('pointerdown', { bubbles: true });
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });

  it.each([
    ['a Tab', tab],
    ['a press', press],
  ])('shows at %s, before focus can pass its placeholder', async (_, event) => {
    let resolve: (module: { label: string }) => void = () => undefined;
    const module = deferredModule(() => new Promise<{ label: string }>((done) => (resolve = done)));
    function Filter() {
      const loaded = useDeferredModule(module);
      return createElement('button', { inert: !loaded }, loaded ? loaded.label : 'placeholder');
    }
    render(createElement(Filter));

    // As in the browser, not inside act: the arrival's transition waits for React's scheduler,
    // a task that cannot run before this test's next await of a timer. In the app it may wait
    // longer, behind a pending navigation's transition.
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    void module.load();
    resolve({ label: 'Deployed via' });
    await module.load();
    expect(screen.getByRole('button', { hidden: true })).toHaveTextContent('placeholder');

    document.body.dispatchEvent(event());
    expect(screen.getByRole('button')).toHaveTextContent('Deployed via');
  });
});
