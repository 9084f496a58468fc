import type { ComponentDiff, DiffResult } from '@/contract/template-diff';
import type { DiffViewOptions } from './diff-view-options';
import { changedKinds } from './field-lines';

/** One row of the virtualised list: a component, or the collapsed unchanged components. */
export type DiffItem =
  | { kind: 'component'; key: string; component: ComponentDiff }
  | { kind: 'unchanged-group'; key: string; count: number; shown: boolean };

/** What the list shows for these options, in order (the server sorts components by name). */
export function diffItems(diff: Pick<DiffResult, 'components'>, options: DiffViewOptions) {
  const filter = options.filter.length > 0 ? new Set(options.filter) : null;
  const items: DiffItem[] = [];
  let unchanged = 0;
  for (const c of diff.components) {
    if (c.change === 'unchanged') unchanged += 1;
    if (filter && !filter.has(c.change)) continue;
    if (!filter && c.change === 'unchanged' && !options.showUnchanged) continue;
    items.push({ kind: 'component', key: c.name, component: c });
  }
  if (!filter && unchanged > 0) {
    items.push({
      kind: 'unchanged-group',
      key: '@unchanged',
      count: unchanged,
      shown: options.showUnchanged,
    });
  }
  return items;
}

/** The stops of next/previous change: rows of added, changed and removed components. */
export interface ChangeStop {
  index: number;
  name: string;
  /** "web, image" / "redis, added": what the announcement says after "Change 3 of 72:". */
  label: string;
}

export function changeStops(items: readonly DiffItem[]): ChangeStop[] {
  const stops: ChangeStop[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'component' || item.component.change === 'unchanged') return;
    const c = item.component;
    stops.push({ index, name: c.name, label: `${c.name}, ${changedKinds(c)}` });
  });
  return stops;
}

/** The stop after (or before) the row at `index`; none past either end. */
export function nextStop(
  stops: readonly ChangeStop[],
  current: number,
  direction: 1 | -1,
): number | null {
  if (stops.length === 0) return null;
  if (current < 0) return direction === 1 ? 0 : null;
  const next = current + direction;
  return next >= 0 && next < stops.length ? next : null;
}
