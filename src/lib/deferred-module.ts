import { useEffect, useSyncExternalStore } from 'react';
import { afterContentPainted } from './after-content';

/**
 * A module the first screen does not need (a menu, a tooltip, the filter row): imported on
 * demand, once, and read synchronously after that, so what it renders shows in the same commit
 * as the state that asked for it instead of behind a Suspense fallback.
 */
export interface DeferredModule<T> {
  /** Starts the import (once; again after a failure) and resolves with the module. */
  load: () => Promise<T>;
  /** Starts the import and ignores a failure: the next `load` tries again. */
  preload: () => void;
  /** The module once it has loaded, else undefined. */
  peek: () => T | undefined;
  subscribe: (onLoad: () => void) => () => void;
}

export function deferredModule<T>(importer: () => Promise<T>): DeferredModule<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const load = () => {
    pending ??= importer().then(
      (module) => {
        loaded = module;
        listeners.forEach((listener) => listener());
        return module;
      },
      (error: unknown) => {
        // A chunk that failed (offline, a new deployment) may load on the next attempt.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    load,
    preload: () => void load().catch(() => undefined),
    peek: () => loaded,
    subscribe: (onLoad) => {
      listeners.add(onLoad);
      return () => listeners.delete(onLoad);
    },
  };
}

/** The module once loaded (re-renders when it arrives); it does not start the import. */
export function useDeferredModule<T>(module: DeferredModule<T>): T | undefined {
  return useSyncExternalStore(module.subscribe, module.peek, module.peek);
}

/**
 * The module once loaded; its import starts when the browser is idle after the page's content
 * has painted (`afterContentPainted`), or earlier through `module.load` (a click that needs it).
 * `first` for what the page shows a placeholder of meanwhile.
 */
export function useModuleAfterContent<T>(
  module: DeferredModule<T>,
  { first = false }: { first?: boolean } = {},
): T | undefined {
  useEffect(() => afterContentPainted(module.preload, { first }), [module, first]);
  return useDeferredModule(module);
}
