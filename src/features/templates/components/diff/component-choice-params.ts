/**
 * The components a page applies to (upgrade details, rollback) and its open confirmation, in the
 * URL: `components=a,b` (absent: the page's default choice; empty: none) and `confirm=1`.
 */
export interface ComponentChoice {
  components: string[] | null;
  confirm: boolean;
}

/** A component name as the API spells it: a lower-case DNS label. */
const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Never throws: names that cannot be components are dropped, the rest kept once each. */
export function parseComponentChoice(search: URLSearchParams): ComponentChoice {
  const raw = search.get('components');
  const names = (raw ?? '').split(',').map((v) => v.trim());
  return {
    components: raw === null ? null : [...new Set(names.filter((n) => NAME.test(n)))],
    confirm: search.get('confirm') === '1',
  };
}

/** Writes the choice into `next`, leaving every other key as it is. */
export function writeComponentChoice(next: URLSearchParams, choice: ComponentChoice): void {
  if (choice.components === null) next.delete('components');
  else next.set('components', choice.components.join(','));
  if (choice.confirm) next.set('confirm', '1');
  else next.delete('confirm');
}

/** The choice after ticking or unticking `name`, in the order of `names`. */
export function toggleInOrder(
  chosen: readonly string[],
  names: readonly string[],
  name: string,
  on: boolean,
): string[] {
  const next = new Set(chosen);
  if (on) next.add(name);
  else next.delete(name);
  return names.filter((n) => next.has(n));
}
