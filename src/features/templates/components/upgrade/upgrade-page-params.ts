import {
  parseComponentChoice,
  toggleInOrder,
  writeComponentChoice,
} from '../diff/component-choice-params';
import {
  parseDiffViewOptions,
  serializeDiffViewOptions,
  type DiffViewOptions,
} from '../diff/diff-view-options';

/**
 * Upgrade details' URL: the target version, the diff's view options, the components chosen, the
 * open confirmation and the running upgrade, so Back, a reload or a shared link show the same.
 */
export interface UpgradePageParams {
  to: string | null;
  /** null: the server's preselection (added and changed); []: none. */
  components: string[] | null;
  /** The confirmation is open (`confirm=1`). */
  confirm: boolean;
  /** The operation this page started: reloading the page keeps following it. */
  operation: string | null;
  options: DiffViewOptions;
}

function value(search: URLSearchParams, key: string): string | null {
  const v = search.get(key)?.trim();
  return v === undefined || v === '' ? null : v;
}

/** Never throws: anything malformed falls back to the default. */
export function parseUpgradePageParams(search: URLSearchParams): UpgradePageParams {
  return {
    to: value(search, 'to'),
    ...parseComponentChoice(search),
    operation: value(search, 'operation'),
    options: parseDiffViewOptions(search),
  };
}

/** Keeps every parameter it does not own. */
export function serializeUpgradePageParams(
  p: UpgradePageParams,
  base: URLSearchParams,
): URLSearchParams {
  const next = serializeDiffViewOptions(p.options, base);
  for (const key of ['to', 'operation'] as const) {
    const value = p[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  writeComponentChoice(next, p);
  return next;
}

/**
 * The components to upgrade: those chosen in the URL that change, in the diff's order; the
 * server's preselection by default.
 */
export function chosenUpgradeComponents(
  components: UpgradePageParams['components'],
  changed: readonly string[],
  preselected: readonly string[],
): string[] {
  const chosen = new Set(components ?? preselected);
  return changed.filter((name) => chosen.has(name));
}

/** The URL value after ticking or unticking one component; back to the default when it is. */
export function toggleUpgradeComponent(
  chosen: readonly string[],
  changed: readonly string[],
  preselected: readonly string[],
  name: string,
  on: boolean,
): string[] | null {
  const ordered = toggleInOrder(chosen, changed, name, on);
  const preset = changed.filter((n) => preselected.includes(n));
  return ordered.length === preset.length && ordered.every((n, i) => n === preset[i])
    ? null
    : ordered;
}
