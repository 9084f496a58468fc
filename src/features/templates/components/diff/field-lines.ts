import type { ComponentDiff, FieldChange, TextSegment } from '@/contract/template-diff';
import type { TemplateComponent } from '@/contract/templates';
import { isSecretKey } from '@/lib/secrets';
import {
  formatCpu,
  formatMemory,
  formatPort,
  formatProbe,
  formatVolume,
} from '../../template-format';

/** One line of a component in the diff: a field before → after, in words. */
export interface FieldLine {
  id: string;
  label: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  before: string | null;
  after: string | null;
  /** A value the diff (or the key) marks as secret: masked unless revealed. */
  secret: boolean;
  /** jsdiff's word- or line-level parts, when the server sent them. */
  segments: TextSegment[];
}

const resourceLabel = { cpuMillicores: 'CPU', memoryMiB: 'Memory' } as const;
const formatResource = (key: 'cpuMillicores' | 'memoryMiB', value: number) =>
  key === 'cpuMillicores' ? formatCpu(value) : formatMemory(value);

/** The field's name as the view and the announcements say it. */
export const fieldKindLabels: Record<FieldChange['field'], string> = {
  image: 'image',
  tag: 'image tag',
  env: 'environment',
  ports: 'ports',
  volumes: 'volumes',
  dependencies: 'dependencies',
  resources: 'resources',
  probe: 'health probe',
};

export function fieldLine(f: FieldChange): FieldLine {
  switch (f.field) {
    case 'image':
      return { id: 'image', label: 'Image', ...f, secret: false };
    case 'tag':
      return { id: 'tag', label: 'Image tag', ...f, secret: false };
    case 'env':
      return { id: `env:${f.key}`, label: f.key, ...f };
    case 'ports':
      return {
        id: `port:${f.key}`,
        label: `Port ${f.key}`,
        change: f.change,
        before: f.before && formatPort(f.before),
        after: f.after && formatPort(f.after),
        secret: false,
        segments: [],
      };
    case 'volumes':
      return {
        id: `volume:${f.key}`,
        label: `Volume ${f.key}`,
        change: f.change,
        before: f.before && formatVolume(f.before),
        after: f.after && formatVolume(f.after),
        secret: false,
        segments: [],
      };
    case 'dependencies':
      return {
        id: `dependency:${f.key}`,
        label: `Depends on ${f.key}`,
        change: f.change,
        before: f.change === 'removed' ? f.key : null,
        after: f.change === 'added' ? f.key : null,
        secret: false,
        segments: [],
      };
    case 'resources':
      return {
        id: `resource:${f.key}`,
        label: resourceLabel[f.key],
        change: 'changed',
        before: formatResource(f.key, f.before),
        after: formatResource(f.key, f.after),
        secret: false,
        segments: [],
      };
    case 'probe':
      return {
        id: 'probe',
        label: 'Health probe',
        change: f.change,
        before: f.before && formatProbe(f.before),
        after: f.after && formatProbe(f.after),
        secret: false,
        segments: f.segments,
      };
  }
}

/** Every field of one component, as lines all added (or all removed): an added or removed one. */
export function definitionLines(
  c: TemplateComponent,
  change: 'added' | 'removed' | 'unchanged',
): FieldLine[] {
  const line = (id: string, label: string, value: string, secret = false): FieldLine => ({
    id,
    label,
    change,
    before: change === 'added' ? null : value,
    after: change === 'removed' ? null : value,
    secret,
    segments: [],
  });
  return [
    line('image', 'Image', c.image),
    line('tag', 'Image tag', c.tag),
    ...Object.entries(c.env)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => line(`env:${k}`, k, v, isSecretKey(k))),
    ...c.ports.map((p) => line(`port:${p.port}`, `Port ${p.port}`, formatPort(p))),
    ...c.volumes.map((v) => line(`volume:${v.name}`, `Volume ${v.name}`, formatVolume(v))),
    ...c.dependencies.map((d) => line(`dependency:${d}`, `Depends on ${d}`, d)),
    line('resource:cpuMillicores', 'CPU', formatCpu(c.resources.cpuMillicores)),
    line('resource:memoryMiB', 'Memory', formatMemory(c.resources.memoryMiB)),
    line('probe', 'Health probe', formatProbe(c.probe)),
  ];
}

/** The fields of a changed component that did not change: collapsed by default. */
export function unchangedLines(c: ComponentDiff): FieldLine[] {
  const source = c.after ?? c.before;
  if (!source) return [];
  const changed = new Set(c.fields.map((f) => fieldLine(f).id));
  return definitionLines(source, 'unchanged').filter((l) => !changed.has(l.id));
}

/** "image, environment": what changed in a component, for announcements and the row. */
export function changedKinds(c: ComponentDiff): string {
  if (c.change !== 'changed') return c.change;
  return [...new Set(c.fields.map((f) => fieldKindLabels[f.field]))].join(', ');
}
