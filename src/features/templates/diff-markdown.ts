import type { DiffResult, FieldChange } from '@/contract/template-diff';
import type { TemplateComponent } from '@/contract/templates';
import { isSecretKey, MASK } from '@/lib/secrets';
import {
  formatCpu,
  formatImage,
  formatMemory,
  formatPort,
  formatProbe,
  formatResources,
  formatVolume,
} from './template-format';
import { componentChangeLabels } from './upgrade-status';

/** "Export as Markdown" of a diff: secrets masked unless revealed on purpose. */
export interface MarkdownOptions {
  title: string;
  revealSecrets?: boolean;
  /** List unchanged components by name at the end (default true). */
  includeUnchanged?: boolean;
}

const NONE = '—';

/** A table cell: no pipes or newlines break the row, code spans hold any backtick. */
function cell(value: string | null): string {
  if (value === null) return NONE;
  const text = value.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text === '' ? ' ' : text}${fence}`;
}

function envValue(key: string, value: string | null, reveal: boolean): string | null {
  return value !== null && isSecretKey(key) && !reveal ? MASK : value;
}

function fieldRow(f: FieldChange, reveal: boolean): [string, string | null, string | null] {
  switch (f.field) {
    case 'image':
    case 'tag':
      return [f.field, f.before, f.after];
    case 'env':
      return [`env ${f.key}`, envValue(f.key, f.before, reveal), envValue(f.key, f.after, reveal)];
    case 'ports':
      return [`port ${f.key}`, f.before && formatPort(f.before), f.after && formatPort(f.after)];
    case 'volumes':
      return [
        `volume ${f.key}`,
        f.before && formatVolume(f.before),
        f.after && formatVolume(f.after),
      ];
    case 'dependencies':
      return [
        `depends on ${f.key}`,
        f.change === 'removed' ? 'yes' : null,
        f.change === 'added' ? 'yes' : null,
      ];
    case 'resources': {
      const format = f.key === 'cpuMillicores' ? formatCpu : formatMemory;
      return [f.key === 'cpuMillicores' ? 'CPU' : 'memory', format(f.before), format(f.after)];
    }
    case 'probe':
      return ['health probe', formatProbe(f.before), formatProbe(f.after)];
  }
}

function componentLines(c: TemplateComponent, reveal: boolean): string[] {
  const env = Object.entries(c.env).map(([k, v]) => `${k}=${envValue(k, v, reveal) ?? ''}`);
  return [
    `- image: ${cell(formatImage(c))}`,
    ...(env.length ? [`- env: ${env.map(cell).join(', ')}`] : []),
    ...(c.ports.length ? [`- ports: ${c.ports.map(formatPort).join(', ')}`] : []),
    ...(c.volumes.length ? [`- volumes: ${c.volumes.map(formatVolume).join(', ')}`] : []),
    ...(c.dependencies.length ? [`- depends on: ${c.dependencies.join(', ')}`] : []),
    `- resources: ${formatResources(c.resources)}`,
    `- health probe: ${cell(formatProbe(c.probe))}`,
  ];
}

export function diffToMarkdown(
  diff: Pick<DiffResult, 'summary' | 'components'>,
  options: MarkdownOptions,
): string {
  const reveal = options.revealSecrets ?? false;
  const { added, changed, removed, unchanged } = diff.summary;
  const out = [
    `# ${options.title}`,
    '',
    `${added} added · ${changed} changed · ${removed} removed · ${unchanged} unchanged`,
  ];
  for (const c of diff.components) {
    if (c.change === 'unchanged') continue;
    out.push('', `## ${componentChangeLabels[c.change]}: ${c.name}`, '');
    if (c.change === 'changed') {
      out.push('| Field | Before | After |', '| --- | --- | --- |');
      for (const f of c.fields) {
        const [label, before, after] = fieldRow(f, reveal);
        out.push(`| ${label} | ${cell(before)} | ${cell(after)} |`);
      }
    } else {
      const component = c.change === 'added' ? c.after : c.before;
      if (component) out.push(...componentLines(component, reveal));
    }
  }
  const same = diff.components.filter((c) => c.change === 'unchanged').map((c) => c.name);
  if ((options.includeUnchanged ?? true) && same.length > 0) {
    out.push('', '## Unchanged', '', same.join(', '));
  }
  return `${out.join('\n')}\n`;
}
