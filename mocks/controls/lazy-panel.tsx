import { lazy, Suspense } from 'react';

const Panel = lazy(() => import('./panel').then((m) => ({ default: m.MockControlsPanel })));

/** The simulator panel, loaded when first rendered: the first screen does not need it. */
export function LazyControlsPanel(props: { open: boolean; onClose: () => void }) {
  if (!props.open) return null;
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}
