import type { EntryChange, FieldChange } from '@/contract/template-diff';
import type {
  TemplateComponent,
  TemplateHealthProbe,
  TemplatePort,
  TemplateVolume,
} from '@/contract/templates';
import { isSecretKey } from '@/lib/secrets';
import { formatProbe } from './template-format';
import { normalizeWhitespace, sameText, textSegments } from './template-text';

type Field<F extends FieldChange['field']> = Extract<FieldChange, { field: F }>;

interface Entry<T> {
  key: string;
  change: EntryChange;
  before: T | null;
  after: T | null;
}

/** Entries of both sides by key, in key order, with how each changed (unchanged ones left out). */
function entries<T>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  same: (a: T, b: T) => boolean,
  order: (a: string, b: string) => number = byText,
): Entry<T>[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort(order);
  const result: Entry<T>[] = [];
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    if (a === undefined && b !== undefined)
      result.push({ key, change: 'added', before: null, after: b });
    else if (a !== undefined && b === undefined)
      result.push({ key, change: 'removed', before: a, after: null });
    else if (a !== undefined && b !== undefined && !same(a, b))
      result.push({ key, change: 'changed', before: a, after: b });
  }
  return result;
}

export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const portsByNumber = (ports: readonly TemplatePort[]) =>
  new Map(ports.map((p) => [String(p.port), p]));
const volumesByName = (volumes: readonly TemplateVolume[]) =>
  new Map(volumes.map((v) => [v.name, v]));

function probeKey(probe: TemplateHealthProbe | null, ignoreWhitespace: boolean): string {
  if (!probe) return 'null';
  const text = (s: string) => (ignoreWhitespace ? normalizeWhitespace(s) : s);
  return JSON.stringify([
    probe.kind,
    probe.kind === 'command' ? text(probe.command) : probe.port,
    probe.kind === 'http' ? text(probe.path) : null,
    probe.initialDelaySeconds,
    probe.periodSeconds,
  ]);
}

function textField(
  field: 'image' | 'tag',
  before: string,
  after: string,
  ws: boolean,
): FieldChange[] {
  if (sameText(before, after, ws)) return [];
  return [{ field, change: 'changed', before, after, segments: textSegments(before, after, ws) }];
}

function envChanges(a: TemplateComponent, b: TemplateComponent, ws: boolean): Field<'env'>[] {
  const before = new Map(Object.entries(a.env));
  const after = new Map(Object.entries(b.env));
  return entries(before, after, (x, y) => sameText(x, y, ws)).map((e) => {
    const secret = isSecretKey(e.key);
    const segments =
      !secret && e.before !== null && e.after !== null ? textSegments(e.before, e.after, ws) : [];
    return { field: 'env', ...e, secret, segments };
  });
}

function portChanges(a: TemplateComponent, b: TemplateComponent): Field<'ports'>[] {
  const same = (x: TemplatePort, y: TemplatePort) =>
    x.protocol === y.protocol && x.public === y.public;
  const byNumber = (x: string, y: string) => Number(x) - Number(y);
  return entries(portsByNumber(a.ports), portsByNumber(b.ports), same, byNumber).map((e) => ({
    field: 'ports',
    ...e,
  }));
}

function volumeChanges(a: TemplateComponent, b: TemplateComponent, ws: boolean) {
  const same = (x: TemplateVolume, y: TemplateVolume) =>
    x.sizeGiB === y.sizeGiB && sameText(x.mountPath, y.mountPath, ws);
  return entries(volumesByName(a.volumes), volumesByName(b.volumes), same).map(
    (e): Field<'volumes'> => ({ field: 'volumes', ...e }),
  );
}

function dependencyChanges(a: TemplateComponent, b: TemplateComponent): Field<'dependencies'>[] {
  const before = new Set(a.dependencies);
  const after = new Set(b.dependencies);
  const keys = [...new Set([...before, ...after])].sort(byText);
  return keys.flatMap((key): Field<'dependencies'>[] => {
    if (before.has(key) === after.has(key)) return [];
    return [{ field: 'dependencies', key, change: after.has(key) ? 'added' : 'removed' }];
  });
}

function resourceChanges(a: TemplateComponent, b: TemplateComponent): Field<'resources'>[] {
  return (['cpuMillicores', 'memoryMiB'] as const).flatMap((key): Field<'resources'>[] =>
    a.resources[key] === b.resources[key]
      ? []
      : [
          {
            field: 'resources',
            key,
            change: 'changed',
            before: a.resources[key],
            after: b.resources[key],
          },
        ],
  );
}

function probeChanges(a: TemplateComponent, b: TemplateComponent, ws: boolean): Field<'probe'>[] {
  if (probeKey(a.probe, ws) === probeKey(b.probe, ws)) return [];
  const change: EntryChange = a.probe === null ? 'added' : b.probe === null ? 'removed' : 'changed';
  const segments = textSegments(formatProbe(a.probe), formatProbe(b.probe), ws);
  return [{ field: 'probe', change, before: a.probe, after: b.probe, segments }];
}

/** Field by field, in a fixed order: image, tag, env, ports, volumes, dependencies, resources, probe. */
export function fieldChanges(
  before: TemplateComponent,
  after: TemplateComponent,
  ignoreWhitespace = false,
): FieldChange[] {
  return [
    ...textField('image', before.image, after.image, ignoreWhitespace),
    ...textField('tag', before.tag, after.tag, ignoreWhitespace),
    ...envChanges(before, after, ignoreWhitespace),
    ...portChanges(before, after),
    ...volumeChanges(before, after, ignoreWhitespace),
    ...dependencyChanges(before, after),
    ...resourceChanges(before, after),
    ...probeChanges(before, after, ignoreWhitespace),
  ];
}
