import {
  parseDiffViewOptions,
  serializeDiffViewOptions,
  type DiffViewOptions,
} from '../diff/diff-view-options';

/** Upgrade details' URL: the target version, the diff's view options, the running upgrade. */
export interface UpgradePageParams {
  to: string | null;
  /** The operation this page started: reloading the page keeps following it. */
  operation: string | null;
  options: DiffViewOptions;
}

function value(search: URLSearchParams, key: string): string | null {
  const v = search.get(key)?.trim();
  return v === undefined || v === '' ? null : v;
}

export function parseUpgradePageParams(search: URLSearchParams): UpgradePageParams {
  return {
    to: value(search, 'to'),
    operation: value(search, 'operation'),
    options: parseDiffViewOptions(search),
  };
}

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
  return next;
}
