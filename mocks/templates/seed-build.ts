import type { TemplateComponent, TemplateHealthProbe } from '@/contract/templates';
import { canonicalComponent, sortComponents } from '@/features/templates/template-diff';

/** Helpers to write template versions as a base and the edits each later version makes. */
type Spec = Partial<Omit<TemplateComponent, 'name' | 'image' | 'tag'>>;

export function component(
  name: string,
  image: string,
  tag: string,
  spec: Spec = {},
): TemplateComponent {
  return canonicalComponent({
    name,
    image,
    tag,
    env: {},
    ports: [],
    volumes: [],
    dependencies: [],
    resources: { cpuMillicores: 250, memoryMiB: 256 },
    probe: null,
    ...spec,
  });
}

export const httpProbe = (port: number, path: string, periodSeconds = 10): TemplateHealthProbe => ({
  kind: 'http',
  port,
  path,
  initialDelaySeconds: 10,
  periodSeconds,
});

export const tcpProbe = (port: number, periodSeconds = 10): TemplateHealthProbe => ({
  kind: 'tcp',
  port,
  initialDelaySeconds: 5,
  periodSeconds,
});

export const commandProbe = (command: string, periodSeconds = 10): TemplateHealthProbe => ({
  kind: 'command',
  command,
  initialDelaySeconds: 5,
  periodSeconds,
});

export type Edit = (components: TemplateComponent[]) => TemplateComponent[];

/** Changes one component; the rest stay the very same objects. */
export const change =
  (name: string, update: (c: TemplateComponent) => Partial<TemplateComponent>): Edit =>
  (components) =>
    components.map((c) => (c.name === name ? canonicalComponent({ ...c, ...update(c) }) : c));

export const add =
  (...added: TemplateComponent[]): Edit =>
  (components) =>
    sortComponents([...components, ...added]);

export const remove =
  (...names: string[]): Edit =>
  (components) =>
    components.filter((c) => !names.includes(c.name));

export const retag = (name: string, tag: string) => change(name, () => ({ tag }));

export const setEnv = (name: string, env: Record<string, string>) =>
  change(name, (c) => ({ env: { ...c.env, ...env } }));

/** Versions in order: each starts from the one before and applies its edits. */
export function evolve(
  base: TemplateComponent[],
  steps: readonly { version: string; edits: readonly Edit[] }[],
): Map<string, TemplateComponent[]> {
  const versions = new Map<string, TemplateComponent[]>();
  let current = sortComponents(base);
  for (const step of steps) {
    current = step.edits.reduce((list, edit) => edit(list), current);
    versions.set(step.version, current);
  }
  return versions;
}
