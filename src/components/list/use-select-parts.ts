import { useEffect } from 'react';
import { afterContentPainted } from '@/lib/after-content';
import { deferredModule, useDeferredModule } from '@/lib/deferred-module';

const selectParts = deferredModule(() => import('./select-parts'));

/**
 * MUI's Select, MenuItem and TextField once they have loaded (requested when
 * the browser is idle after the page's content has painted), else undefined: render a
 * SelectPlaceholder of the same size meanwhile.
 */
export function useSelectParts() {
  useEffect(() => afterContentPainted(selectParts.preload, { first: true }), []);
  return useDeferredModule(selectParts);
}
