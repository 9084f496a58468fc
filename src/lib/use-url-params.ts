import { startTransition, useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useLatest } from './use-latest';

type Update<T> = (current: T) => T;

/** URLs this hook asked for that have not rendered yet, and the last of them. */
interface InFlight {
  /** The URL rendered when the first was sent, then each one sent but the last. */
  passed: Set<string>;
  last: URLSearchParams;
}

/**
 * A list's whole state, read from and written to the URL (the only copy of it). `parse` never
 * throws (anything invalid falls back to a default); `serialize` keeps keys it does not own from
 * `base`. Both must be stable (module-level functions).
 */
export function useUrlParams<T>(
  parse: (search: URLSearchParams) => T,
  serialize: (params: T, base: URLSearchParams) => URLSearchParams,
): [T, (update: Update<T>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parse(searchParams), [parse, searchParams]);
  // React Router hands an updater the URL of the last render, not of the latest navigation: two
  // quick changes (ticks in a menu) before the list re-renders would both start from it, and the
  // second would undo the first. So an update builds on the last one still on its way.
  const inFlight = useRef<InFlight | null>(null);
  useEffect(() => {
    const shown = searchParams.toString();
    const flight = inFlight.current;
    // Caught up, or moved elsewhere (Back, a link): nothing is on its way any more.
    if (flight && (shown === flight.last.toString() || !flight.passed.has(shown))) {
      inFlight.current = null;
    }
  }, [searchParams]);

  // React Router's setter changes with every URL; ours stays the same, so the controls that hold
  // it (memoised filters, header, pager) do not re-render when only the search changed.
  const setSearchParamsRef = useLatest(setSearchParams);

  const setParams = useCallback(
    (update: Update<T>) => {
      startTransition(() => {
        setSearchParamsRef.current(
          (prev) => {
            const flight = inFlight.current;
            const chained = flight?.passed.has(prev.toString()) === true;
            const base = flight && chained ? flight.last : prev;
            const next = serialize(update(parse(base)), base);
            if (flight && chained) flight.passed.add(flight.last.toString());
            inFlight.current = {
              passed: flight && chained ? flight.passed : new Set([prev.toString()]),
              last: next,
            };
            return next;
          },
          // Changing a filter or a page must not jump the window back to the top.
          { preventScrollReset: true },
        );
      });
    },
    [parse, serialize, setSearchParamsRef],
  );
  return [params, setParams];
}
