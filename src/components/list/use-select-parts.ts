import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';

export const selectParts = deferredModule(() => import('./select-parts'));

/**
 * MUI's Select, MenuItem and TextField once they have loaded (requested when
 * the browser is idle after the page's content has painted), else undefined: render a
 * SelectPlaceholder of the same size meanwhile.
 */
export function useSelectParts() {
  return useModuleAfterContent(selectParts, { first: true });
}
