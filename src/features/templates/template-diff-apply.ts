import type { DiffResult, FieldChange } from '@/contract/template-diff';
import type { TemplateComponent } from '@/contract/templates';
import { byText } from './template-diff-fields';
import { canonicalComponent, sortComponents } from './template-diff';

/** The diff was not made from these components. */
export class DiffMismatchError extends Error {}

function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new DiffMismatchError(message);
}

/** A keyed list with one entry added, changed or removed; `before` must match what is there. */
function patchEntries<T>(
  map: Map<string, T>,
  key: string,
  before: T | null,
  after: T | null,
  same: (a: T | undefined, b: T | null) => boolean,
  what: string,
) {
  expect(same(map.get(key), before), `${what} ${key} is not what the diff started from`);
  if (after === null) map.delete(key);
  else map.set(key, after);
}

const sameJson = <T>(a: T | undefined, b: T | null) =>
  JSON.stringify(a ?? null) === JSON.stringify(b);

function applyField(next: Draft, f: FieldChange, name: string) {
  const what = `${name}:`;
  switch (f.field) {
    case 'image':
    case 'tag':
      expect(next[f.field] === f.before, `${what} ${f.field} is not ${f.before}`);
      next[f.field] = f.after;
      return;
    case 'env':
      patchEntries(next.env, f.key, f.before, f.after, sameJson, `${what} variable`);
      return;
    case 'ports':
      patchEntries(next.ports, f.key, f.before, f.after, sameJson, `${what} port`);
      return;
    case 'volumes':
      patchEntries(next.volumes, f.key, f.before, f.after, sameJson, `${what} volume`);
      return;
    case 'dependencies':
      expect(
        next.dependencies.has(f.key) === (f.change === 'removed'),
        `${what} dependency ${f.key} is not what the diff started from`,
      );
      if (f.change === 'added') next.dependencies.add(f.key);
      else next.dependencies.delete(f.key);
      return;
    case 'resources':
      expect(next.resources[f.key] === f.before, `${what} ${f.key} is not ${f.before}`);
      next.resources[f.key] = f.after;
      return;
    case 'probe':
      expect(sameJson(next.probe, f.before), `${what} probe is not what the diff started from`);
      next.probe = f.after;
  }
}

interface Draft extends Omit<TemplateComponent, 'env' | 'ports' | 'volumes' | 'dependencies'> {
  env: Map<string, string>;
  ports: Map<string, TemplateComponent['ports'][number]>;
  volumes: Map<string, TemplateComponent['volumes'][number]>;
  dependencies: Set<string>;
}

/** A changed component with its field changes applied. */
export function applyFieldChanges(
  component: TemplateComponent,
  fields: readonly FieldChange[],
): TemplateComponent {
  const draft: Draft = {
    ...component,
    env: new Map(Object.entries(component.env)),
    ports: new Map(component.ports.map((p) => [String(p.port), p])),
    volumes: new Map(component.volumes.map((v) => [v.name, v])),
    dependencies: new Set(component.dependencies),
    resources: { ...component.resources },
  };
  for (const f of fields) applyField(draft, f, component.name);
  return canonicalComponent({
    ...draft,
    env: Object.fromEntries([...draft.env].sort(([a], [b]) => byText(a, b))),
    ports: [...draft.ports.values()],
    volumes: [...draft.volumes.values()],
    dependencies: [...draft.dependencies],
  });
}

export interface ApplyOptions {
  /** Apply the changes of these components only; the others stay as they are (a partial upgrade). */
  only?: Iterable<string>;
}

/**
 * Applies a diff to the components it was made from: applyDiff(a, diffTemplate(a, b)) equals b
 * (lists in canonical order). With `only`, a partial upgrade or rollback. Throws
 * DiffMismatchError when the diff was made from other components.
 */
export function applyDiff(
  components: readonly TemplateComponent[],
  diff: Pick<DiffResult, 'components'>,
  options: ApplyOptions = {},
): TemplateComponent[] {
  const current = new Map(components.map((c) => [c.name, c]));
  const only = options.only === undefined ? null : new Set(options.only);
  const mentioned = new Set(diff.components.map((c) => c.name));
  const missing = components.filter((c) => !mentioned.has(c.name)).map((c) => c.name);
  expect(missing.length === 0, `The diff does not mention ${missing.join(', ')}`);
  const result: TemplateComponent[] = [];
  for (const entry of diff.components) {
    const old = current.get(entry.name);
    const chosen = only === null || only.has(entry.name);
    if (entry.change === 'added') {
      expect(old === undefined && entry.after !== null, `${entry.name} already exists`);
      if (chosen) result.push(entry.after);
      continue;
    }
    expect(old !== undefined, `${entry.name} does not exist`);
    if (entry.change === 'removed') {
      if (!chosen) result.push(old);
    } else if (entry.change === 'changed' && chosen) {
      result.push(applyFieldChanges(old, entry.fields));
    } else {
      result.push(old);
    }
  }
  return sortComponents(result);
}
