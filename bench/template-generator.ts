import type { TemplateComponent } from '@/contract/templates';
import { pick, seededRandom } from '@mocks/core/seed-random';

/**
 * A large template pair for timing `diffTemplate`: `components` components of
 * `fieldsPerComponent` fields each (image, tag, resources, probe, two ports, a volume, a
 * dependency and the rest environment variables), of which about 5% are removed, 20% changed
 * (one to four edits each, of ten kinds), the rest unchanged, and 5% more added.
 */
export interface TemplateShape {
  components: number;
  fieldsPerComponent: number;
  seed: number;
}

export interface TemplatePair {
  before: TemplateComponent[];
  after: TemplateComponent[];
  /** What the generator did, so a test can hold the diff to it. */
  plan: { added: number; removed: number; changed: number; unchanged: number };
}

/** The fields every component has besides its environment variables. */
export const FIXED_FIELDS = 8;

const DOMAINS = ['auth', 'billing', 'catalog', 'orders', 'search', 'shipping', 'stock', 'users'];
const ROLES = ['api', 'worker', 'gateway', 'indexer', 'cache', 'exporter', 'scheduler', 'sync'];
const EDITS = [
  'tag',
  'image',
  'env-change',
  'env-add',
  'env-remove',
  'port',
  'volume',
  'resources',
  'probe',
  'dependency',
] as const;
type Edit = (typeof EDITS)[number];

const nameOf = (prefix: string, i: number) =>
  `${prefix}-${DOMAINS[i % DOMAINS.length] ?? 'x'}-${ROLES[(i >> 3) % ROLES.length] ?? 'x'}-${String(i).padStart(4, '0')}`;

function envOf(i: number, count: number): Record<string, string> {
  const env: Record<string, string> = { DB_PASSWORD: `secret-${String(i)}-pw` };
  for (let k = 1; k < count; k++) {
    env[`SETTING_${String(k).padStart(2, '0')}`] =
      k % 4 === 0
        ? `https://${DOMAINS[k % DOMAINS.length] ?? 'x'}.internal.example.com:${String(8000 + k)}/v1?tenant=${String(i)}`
        : `value ${String(i)} of setting ${String(k)}`;
  }
  return env;
}

function componentOf(
  name: string,
  i: number,
  dependency: string,
  fields: number,
): TemplateComponent {
  const port = 3000 + (i % 900);
  return {
    name,
    image: `registry.example.com/${DOMAINS[i % DOMAINS.length] ?? 'x'}/${ROLES[i % ROLES.length] ?? 'x'}`,
    tag: `${String(1 + (i % 5))}.${String(i % 13)}.${String(i % 7)}`,
    env: envOf(i, fields - FIXED_FIELDS),
    ports: [
      { port, protocol: 'http', public: i % 3 === 0 },
      { port: port + 1000, protocol: 'tcp', public: false },
    ],
    volumes: [{ name: 'data', mountPath: `/var/lib/${name}`, sizeGiB: 1 + (i % 50) }],
    dependencies: [dependency],
    resources: { cpuMillicores: 250 * (1 + (i % 4)), memoryMiB: 256 * (1 + (i % 8)) },
    probe: { kind: 'http', port, path: '/health', initialDelaySeconds: 5, periodSeconds: 10 },
  };
}

function edit(c: TemplateComponent, kind: Edit, random: () => number, others: string[]) {
  const keys = Object.keys(c.env);
  switch (kind) {
    case 'tag':
      c.tag = `${c.tag}-patch1`;
      break;
    case 'image':
      c.image = c.image.replace('registry.example.com', 'mirror.example.org');
      break;
    case 'env-change': {
      const key = pick(random, keys);
      c.env[key] = `${c.env[key] ?? ''} (tuned)`;
      break;
    }
    case 'env-add':
      c.env.FEATURE_FLAGS = 'new-checkout,fast-search';
      break;
    case 'env-remove': {
      const gone = keys.find((k) => k.startsWith('SETTING_')) ?? 'DB_PASSWORD';
      c.env = Object.fromEntries(Object.entries(c.env).filter(([k]) => k !== gone));
      break;
    }
    case 'port':
      c.ports = c.ports.map((p, i) => (i === 1 ? { ...p, public: !p.public } : p));
      break;
    case 'volume':
      c.volumes = c.volumes.map((v) => ({ ...v, sizeGiB: v.sizeGiB + 10 }));
      break;
    case 'resources':
      c.resources = { ...c.resources, memoryMiB: c.resources.memoryMiB * 2 };
      break;
    case 'probe':
      if (c.probe) c.probe = { ...c.probe, periodSeconds: c.probe.periodSeconds + 5 };
      break;
    case 'dependency': {
      const extra = others.find((n) => !c.dependencies.includes(n) && n !== c.name);
      if (extra) c.dependencies = [...c.dependencies, extra].sort();
      break;
    }
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same shape and seed always give the same pair. */
export function generateTemplatePair({
  components,
  fieldsPerComponent,
  seed,
}: TemplateShape): TemplatePair {
  if (fieldsPerComponent <= FIXED_FIELDS) {
    throw new Error(`A component has at least ${String(FIXED_FIELDS + 1)} fields`);
  }
  const random = seededRandom(seed);
  const names = Array.from({ length: components }, (_, i) => nameOf('svc', i));
  const before = names.map((name, i) =>
    componentOf(name, i, names[(i + 1) % components] ?? name, fieldsPerComponent),
  );
  const plan = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const after: TemplateComponent[] = [];
  for (const component of before) {
    const roll = random();
    if (roll < 0.05) {
      plan.removed += 1;
      continue;
    }
    const copy = structuredClone(component);
    if (roll < 0.25) {
      const count = 1 + Math.floor(random() * 4);
      const kinds = shuffled(EDITS, random).slice(0, count);
      for (const kind of kinds) edit(copy, kind, random, names);
      plan.changed += 1;
    } else {
      plan.unchanged += 1;
    }
    after.push(copy);
  }
  const added = Math.round(components * 0.05);
  for (let i = 0; i < added; i++) {
    after.push(
      componentOf(nameOf('new', i), components + i, names[i] ?? 'none', fieldsPerComponent),
    );
  }
  plan.added = added;
  return { before, after, plan };
}
