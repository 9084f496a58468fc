import {
  parseComponentChoice,
  toggleInOrder,
  writeComponentChoice,
} from '../diff/component-choice-params';

/**
 * The rollback page's own URL state, beside the diff's view options: the components chosen
 * (absent: every one that can be restored; empty: none), the open confirmation, and the
 * operation once started, so Back, a reload or a shared link show the same thing.
 */
export interface RollbackParams {
  /** null: the default, every component the rollback can restore. */
  components: string[] | null;
  confirm: boolean;
  operation: string | null;
}

const OPERATION = /^[\w.-]{1,100}$/;

/** Never throws: anything malformed falls back to the default. */
export function parseRollbackParams(search: URLSearchParams): RollbackParams {
  const operation = search.get('operation');
  return {
    ...parseComponentChoice(search),
    operation: operation && OPERATION.test(operation) ? operation : null,
  };
}

/** Keeps every parameter it does not own (the diff's view options). */
export function serializeRollbackParams(
  params: RollbackParams,
  base: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(base);
  writeComponentChoice(next, params);
  if (params.operation) next.set('operation', params.operation);
  else next.delete('operation');
  return next;
}

/**
 * The components to restore: those chosen in the URL that can be restored, in the order the
 * record lists them; all of them by default.
 */
export function chosenComponents(
  params: Pick<RollbackParams, 'components'>,
  rollbackable: readonly string[],
): string[] {
  if (params.components === null) return [...rollbackable];
  const chosen = new Set(params.components);
  return rollbackable.filter((name) => chosen.has(name));
}

/** The URL value after ticking or unticking one component; back to the default when all are. */
export function toggleComponent(
  chosen: readonly string[],
  rollbackable: readonly string[],
  name: string,
  on: boolean,
): string[] | null {
  const ordered = toggleInOrder(chosen, rollbackable, name, on);
  return ordered.length === rollbackable.length ? null : ordered;
}
