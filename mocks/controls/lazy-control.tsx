import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A simulator control whose code loads when it is first drawn, or earlier through `preload`.
 * Once loaded it is drawn at once, without suspending again.
 */
export function lazyControl<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** When it draws nothing (a closed dialog): then it neither loads nor waits. */
  shown: (props: P) => boolean = () => true,
): ComponentType<P> & { preload: () => void } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  function Control(props: P) {
    if (!shown(props)) return null;
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  // A failed load is tried again when the control is drawn.
  const preload = () => void start().catch(() => (loading = null));
  return Object.assign(Control, { preload });
}
