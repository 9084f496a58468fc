import type {
  ComponentChange,
  ComponentDiff,
  DiffResult,
  DiffSummary,
} from '@/contract/template-diff';
import type { TemplateComponent } from '@/contract/templates';
import { byText, fieldChanges } from './template-diff-fields';

/**
 * The template diff (seed "Application template upgrade": "Rainbond will automatically compare
 * the version differences"): ONE pure function, used by the console, by the simulator for every
 * diff it serves, and specified for a real backend by the contract. Components are matched by
 * name: added, removed, changed (with every field that changed, before → after) or unchanged.
 */
export interface DiffOptions {
  /** Leave out changes in whitespace only: values compare trimmed, whitespace runs as one space. */
  ignoreWhitespace?: boolean;
}

export function emptySummary(): DiffSummary {
  return { added: 0, changed: 0, removed: 0, unchanged: 0 };
}

export function summarize(components: readonly Pick<ComponentDiff, 'change'>[]): DiffSummary {
  const summary = emptySummary();
  for (const c of components) summary[c.change] += 1;
  return summary;
}

function byName(components: readonly TemplateComponent[]): Map<string, TemplateComponent> {
  const map = new Map<string, TemplateComponent>();
  for (const c of components) {
    if (map.has(c.name)) throw new Error(`Two components are named "${c.name}"`);
    map.set(c.name, c);
  }
  return map;
}

export function diffComponent(
  before: TemplateComponent | null,
  after: TemplateComponent | null,
  options: DiffOptions = {},
): ComponentDiff {
  const name = after?.name ?? before?.name;
  if (name === undefined) throw new Error('diffComponent needs a component on one side at least');
  if (before === null) return { name, change: 'added', before, after, fields: [] };
  if (after === null) return { name, change: 'removed', before, after, fields: [] };
  const fields = fieldChanges(before, after, options.ignoreWhitespace ?? false);
  const change: ComponentChange = fields.length > 0 ? 'changed' : 'unchanged';
  return { name, change, before, after, fields };
}

/** Every component of either side, sorted by name, with a summary of the changes. */
export function diffTemplate(
  before: readonly TemplateComponent[],
  after: readonly TemplateComponent[],
  options: DiffOptions = {},
): DiffResult {
  const old = byName(before);
  const next = byName(after);
  const names = [...new Set([...old.keys(), ...next.keys()])].sort(byText);
  const components = names.map((name) =>
    diffComponent(old.get(name) ?? null, next.get(name) ?? null, options),
  );
  return { summary: summarize(components), components };
}

/** Components that differ (added, changed, removed), by name. */
export function changesOf(diff: Pick<DiffResult, 'components'>) {
  return diff.components
    .filter((c) => c.change !== 'unchanged')
    .map((c) => ({ name: c.name, change: c.change as Exclude<ComponentChange, 'unchanged'> }));
}

/** What the upgrade page offers checked: added and changed components (removals are opt-in). */
export function preselectedComponents(diff: Pick<DiffResult, 'components'>): string[] {
  return diff.components
    .filter((c) => c.change === 'added' || c.change === 'changed')
    .map((c) => c.name);
}

/** Puts a component's lists in the contract's order: ports by number, volumes and dependencies by name. */
export function canonicalComponent(component: TemplateComponent): TemplateComponent {
  return {
    ...component,
    ports: [...component.ports].sort((a, b) => a.port - b.port),
    volumes: [...component.volumes].sort((a, b) => byText(a.name, b.name)),
    dependencies: [...component.dependencies].sort(byText),
  };
}

export function sortComponents(components: readonly TemplateComponent[]): TemplateComponent[] {
  return [...components].sort((a, b) => byText(a.name, b.name));
}
