import { useMemo, useRef, type RefObject } from 'react';
import { applyToggles } from '@/lib/list-params';

type Update<P> = (current: P) => P;

/** The keys of a list's state that hold several values (a multi-select's). */
export type MultiKey<P> = {
  [K in keyof P]-?: NonNullable<P[K]> extends readonly unknown[] ? K : never;
}[keyof P];

/** A list's own rules about its state (the codec from `defineListParams` has them all). */
interface ListRules<P, Sort> {
  nextSort?: (current: P, field: Sort) => Partial<P>;
  clearFilters?: Update<P>;
  hasActiveFilters?: (params: P) => boolean;
}

export interface ListControls<P, Sort = never> {
  params: P;
  /** Search or a filter narrows the rows. */
  filtered: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  onSort: (field: Sort) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onFirstPage: () => void;
  /** Any change of the state, built on the latest URL (two quick ticks of a menu both count). */
  update: (change: Update<P>) => void;
  /** Applies a search ("" or undefined: none). */
  search: (q: string | undefined) => void;
  /** Applies a change of search or filter. */
  filter: (patch: Partial<P>) => void;
  /**
   * Applies what a multi-select picked against what it showed (this render's value) to the
   * latest URL, so a second tick made before the first reached it keeps the first.
   */
  toggle: <K extends MultiKey<P>>(key: K, picked: NonNullable<P[K]>) => void;
  /** Drops search and filters, and puts focus in the search box (the button goes with them). */
  clear: () => void;
}

/** What a search does to a list's state: the text (none when empty), from the first page. */
export function withSearch<P extends { page: number }>(current: P, q: string | undefined): P {
  return { ...current, q: q === '' ? undefined : q, page: 1 };
}

/**
 * What a list's controls do to its URL state: a new sort, page size, search or filter starts
 * again from the first page. `rules` must be stable (a module-level codec).
 */
export function useListControls<P extends { page: number; pageSize: number }, Sort = never>(
  params: P,
  setParams: (update: Update<P>) => void,
  rules: ListRules<P, Sort> = {},
): ListControls<P, Sort> {
  const searchRef = useRef<HTMLInputElement>(null);
  const { nextSort, clearFilters, hasActiveFilters } = rules;
  const handlers = useMemo(
    () => ({
      searchRef,
      update: setParams,
      onSort: (field: Sort) => setParams((c) => ({ ...c, ...nextSort?.(c, field), page: 1 })),
      onPageChange: (page: number) => setParams((c) => ({ ...c, page })),
      onPageSizeChange: (pageSize: number) => setParams((c) => ({ ...c, pageSize, page: 1 })),
      onFirstPage: () => setParams((c) => ({ ...c, page: 1 })),
      search: (q: string | undefined) => setParams((c) => withSearch(c, q)),
      filter: (patch: Partial<P>) => setParams((c) => ({ ...c, ...patch, page: 1 })),
      clear: () => {
        if (clearFilters) setParams(clearFilters);
        searchRef.current?.focus();
      },
    }),
    [setParams, nextSort, clearFilters],
  );
  // The type of a MultiKey's value is an array, which TypeScript cannot see through `P[K]`.
  const values = (value: unknown) => value as readonly unknown[] | undefined;
  const toggle = <K extends MultiKey<P>>(key: K, picked: NonNullable<P[K]>) => {
    const shown = values(params[key]) ?? [];
    const apply = (latest: P[K]) => applyToggles(values(latest), shown, values(picked) ?? []);
    setParams((c) => ({ ...c, [key]: apply(c[key]), page: 1 }));
  };
  return { ...handlers, toggle, params, filtered: hasActiveFilters?.(params) ?? false };
}
