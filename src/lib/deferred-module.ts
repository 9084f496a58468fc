import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
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

type Show = (module: () => unknown) => void;

/** Arrivals whose transition has not committed yet, each with the module it shows. */
const waitingToShow = new Map<Show, DeferredModule<unknown>>();
let listening = false;

/** What a press that is showing the waiting arrivals landed on, while they show. */
let pressed: EventTarget | null = null;

/**
 * Shows every arrival still waiting, at once. A transition waits behind any other pending one
 * (a navigation, a filter's request): without this a Tab could pass a filter's placeholder
 * whose select had arrived but not yet rendered, and a press could land on it.
 */
export function showWaitingArrivals() {
  if (waitingToShow.size === 0) return;
  flushSync(() => waitingToShow.forEach((module, show) => show(() => module.peek())));
}

function showArrivalsOnPress(event: Event) {
  pressed = event.target;
  try {
    showWaitingArrivals();
  } finally {
    pressed = null;
  }
}

/**
 * Whether a press is showing the waiting arrivals and landed in `node`: a placeholder that this
 * press replaces hands the press on to what replaces it (placeholder-handoff.ts).
 */
export function pressedWhileShowing(node: Node): boolean {
  return pressed instanceof Node && node.contains(pressed);
}

function showArrivalsBeforeFocusMoves() {
  if (listening) return;
  listening = true;
  // Capture, so it runs before any handler and before the browser moves focus.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Tab') showWaitingArrivals();
    },
    true,
  );
  document.addEventListener('pointerdown', showArrivalsOnPress, true);
}

/**
 * The module once loaded; it does not start the import. What it renders when it arrives is a
 * transition: the app bar's controls, a toast's view or the list's filters arrive while someone
 * may already type, and a blocking render of them held a keystroke back by up to 90 ms (4x
 * CPU). A Tab or a press shows what is still waiting first. A module loaded before this render
 * is read at once, in the same commit.
 */
export function useDeferredModule<T>(module: DeferredModule<T>): T | undefined {
  const [arrived, setArrived] = useState(module.peek);
  const shown = arrived !== undefined;
  useEffect(() => {
    // Once shown there is nothing to wait for; the cleanup below has dropped it from the waiting.
    if (shown) return;
    showArrivalsBeforeFocusMoves();
    const show = setArrived as Show;
    const arrive = () => {
      waitingToShow.set(show, module);
      startTransition(() => setArrived(() => module.peek()));
    };
    // It may have arrived between the render and this effect.
    if (module.peek() !== undefined) arrive();
    const unsubscribe = module.subscribe(arrive);
    return () => {
      unsubscribe();
      waitingToShow.delete(show);
    };
  }, [module, shown]);
  return arrived ?? module.peek();
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
