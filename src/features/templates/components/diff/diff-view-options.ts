import type { ComponentChange } from '@/contract/template-diff';

/**
 * How a diff is shown. Every option lives in the URL (view, ws, filter, unchanged, expanded), so
 * a shared link reopens exactly the same view. Revealed secrets never do: that stays on purpose.
 */
export interface DiffViewOptions {
  view: 'split' | 'inline';
  /** Leave out whitespace-only changes: a server parameter (`ignoreWhitespace`). */
  ignoreWhitespace: boolean;
  /** The change types shown; empty: all of them (unchanged ones collapsed into one row). */
  filter: ComponentChange[];
  /** Unchanged components listed one by one instead of collapsed into one row. */
  showUnchanged: boolean;
  /** Components whose unchanged fields (or, unchanged, whose definition) are expanded. */
  expanded: string[];
}

export type DiffViewOptionsUpdate = (update: (current: DiffViewOptions) => DiffViewOptions) => void;

export const defaultDiffViewOptions: DiffViewOptions = {
  view: 'split',
  ignoreWhitespace: false,
  filter: [],
  showUnchanged: false,
  expanded: [],
};

const changeOrder: ComponentChange[] = ['added', 'changed', 'removed', 'unchanged'];
const isChange = (v: string): v is ComponentChange => (changeOrder as string[]).includes(v);
const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Never throws: anything unknown falls back to the default. */
export function parseDiffViewOptions(search: URLSearchParams): DiffViewOptions {
  const filter = [...new Set(list(search.get('filter')).filter(isChange))];
  return {
    view: search.get('view') === 'inline' ? 'inline' : 'split',
    ignoreWhitespace: search.get('ws') === 'ignore',
    filter: changeOrder.filter((c) => filter.includes(c)),
    showUnchanged: search.get('unchanged') === 'show',
    expanded: [...new Set(list(search.get('expanded')).filter((n) => NAME.test(n)))],
  };
}

/** Keeps every parameter it does not own (from, to…); defaults are left out of the URL. */
export function serializeDiffViewOptions(
  options: DiffViewOptions,
  base: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (key: string, value: string | null) =>
    value === null ? next.delete(key) : next.set(key, value);
  set('view', options.view === 'inline' ? 'inline' : null);
  set('ws', options.ignoreWhitespace ? 'ignore' : null);
  set('filter', options.filter.length ? options.filter.join(',') : null);
  set('unchanged', options.showUnchanged ? 'show' : null);
  set('expanded', options.expanded.length ? options.expanded.join(',') : null);
  return next;
}

export function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  const rest = values.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}
