import type { TemplateComponent } from '@/contract/templates';
import { sortComponents } from '@/features/templates/template-diff';
import { seededRandom } from '../core/seed-random';
import {
  add,
  change,
  commandProbe,
  component,
  evolve,
  httpProbe,
  remove,
  tcpProbe,
  type Edit,
} from './seed-build';

/**
 * retail-platform: the large template, 16 domains × 20 roles = 320 components in 2.0, built
 * deterministically. 2.1 and 2.2 each retag, reconfigure, add and remove some, so the diff of
 * two versions has hundreds of unchanged components around a few dozen changes.
 */
const DOMAINS = [
  'analytics',
  'auth',
  'catalog',
  'customers',
  'inventory',
  'loyalty',
  'notifications',
  'orders',
  'payments',
  'pricing',
  'promotions',
  'recommendations',
  'returns',
  'reviews',
  'search',
  'shipping',
];
const ROLES = [
  'admin',
  'api',
  'audit',
  'batch',
  'cache',
  'db',
  'exporter',
  'gateway',
  'graphql',
  'grpc',
  'importer',
  'indexer',
  'metrics',
  'queue',
  'reporter',
  'scheduler',
  'stream',
  'sync',
  'webhook',
  'worker',
];
const INFRA = new Set(['db', 'cache', 'queue']);

function infra(domain: string, role: string): TemplateComponent {
  const name = `${domain}-${role}`;
  if (role === 'db') {
    return component(name, 'postgres', '15.4', {
      env: { POSTGRES_DB: domain, POSTGRES_PASSWORD: `${domain}-pg-secret` },
      ports: [{ port: 5432, protocol: 'tcp', public: false }],
      volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data', sizeGiB: 20 }],
      resources: { cpuMillicores: 1000, memoryMiB: 2048 },
      probe: commandProbe(`pg_isready -U ${domain}`),
    });
  }
  if (role === 'cache') {
    return component(name, 'redis', '7.2.4', {
      env: { REDIS_PASSWORD: `${domain}-redis-secret` },
      ports: [{ port: 6379, protocol: 'tcp', public: false }],
      probe: commandProbe('redis-cli ping'),
    });
  }
  return component(name, 'rabbitmq', '3.12', {
    env: { RABBITMQ_DEFAULT_PASS: `${domain}-mq-secret`, RABBITMQ_DEFAULT_USER: domain },
    ports: [{ port: 5672, protocol: 'tcp', public: false }],
    volumes: [{ name: 'data', mountPath: '/var/lib/rabbitmq', sizeGiB: 5 }],
    resources: { cpuMillicores: 500, memoryMiB: 1024 },
    probe: tcpProbe(5672),
  });
}

function service(domain: string, role: string): TemplateComponent {
  const name = `${domain}-${role}`;
  const served = ['api', 'gateway', 'graphql', 'admin', 'webhook'].includes(role);
  const deps = [`${domain}-db`, `${domain}-cache`];
  if (['worker', 'batch', 'stream', 'sync'].includes(role)) deps.push(`${domain}-queue`);
  if (domain !== 'auth' && served) deps.push('auth-api');
  return component(name, `registry.retail.example/${domain}/${role}`, '2.0.0', {
    env: {
      DB_PASSWORD: `${domain}-pg-secret`,
      DB_URL: `postgres://${domain}-db:5432/${domain}`,
      LOG_LEVEL: 'info',
      SERVICE_NAME: name,
      ...(role === 'webhook' ? { WEBHOOK_SIGNING_KEY: `${domain}-whsec` } : {}),
    },
    ports: served
      ? [{ port: role === 'gateway' ? 80 : 8080, protocol: 'http', public: role === 'gateway' }]
      : role === 'grpc'
        ? [{ port: 9090, protocol: 'tcp', public: false }]
        : [],
    volumes: role === 'indexer' ? [{ name: 'index', mountPath: '/var/index', sizeGiB: 10 }] : [],
    dependencies: deps,
    resources: { cpuMillicores: served ? 500 : 250, memoryMiB: served ? 512 : 256 },
    probe: served
      ? httpProbe(role === 'gateway' ? 80 : 8080, '/healthz')
      : role === 'grpc'
        ? tcpProbe(9090)
        : commandProbe(`/app/bin/healthcheck --service ${name}`),
  });
}

function base(): TemplateComponent[] {
  return sortComponents(
    DOMAINS.flatMap((d) => ROLES.map((r) => (INFRA.has(r) ? infra(d, r) : service(d, r)))),
  );
}

/** A deterministic choice of about `share` of the custom services of `list`. */
function some(list: readonly TemplateComponent[], share: number, seed: number): string[] {
  const random = seededRandom(seed);
  return list
    .filter((c) => c.image.startsWith('registry.retail.example/'))
    .filter(() => random() < share)
    .map((c) => c.name);
}

const newService = (domain: string, role: string, tag: string) => ({
  ...service(domain, role),
  tag,
});

function release21(list: TemplateComponent[]): TemplateComponent[] {
  const edits: Edit[] = [
    ...some(list, 0.15, 21).map((n) => change(n, () => ({ tag: '2.1.0' }))),
    ...some(list, 0.05, 211).map((n) =>
      change(n, (c) => ({ env: { ...c.env, LOG_LEVEL: 'warn' } })),
    ),
    add(
      newService('orders', 'saga', '2.1.0'),
      newService('payments', 'fraud', '2.1.0'),
      newService('search', 'vector', '2.1.0'),
      newService('shipping', 'tracker', '2.1.0'),
    ),
    remove('analytics-exporter', 'loyalty-batch'),
  ];
  return edits.reduce((l, e) => e(l), list);
}

function release22(list: TemplateComponent[]): TemplateComponent[] {
  const edits: Edit[] = [
    ...some(list, 0.12, 22).map((n) => change(n, () => ({ tag: '2.2.0' }))),
    ...some(list, 0.05, 221).map((n) =>
      change(n, (c) => ({
        resources: {
          cpuMillicores: c.resources.cpuMillicores * 2,
          memoryMiB: c.resources.memoryMiB * 2,
        },
      })),
    ),
    ...some(list, 0.03, 222).map((n) =>
      change(n, (c) => ({
        probe: commandProbe(`/app/bin/healthcheck \\\n  --service ${c.name}\n  --deep`, 30),
      })),
    ),
    // Whitespace only: "ignore whitespace" leaves these out.
    ...['catalog-api', 'orders-api', 'pricing-api'].map((n) =>
      change(n, (c) => ({ env: { ...c.env, LOG_LEVEL: ` ${c.env.LOG_LEVEL ?? 'info'}  ` } })),
    ),
    change('auth-api', (c) => ({ env: { ...c.env, TOKEN_TTL: '15m' } })),
    add(
      newService('customers', 'consent', '2.2.0'),
      newService('inventory', 'forecast', '2.2.0'),
      newService('returns', 'label', '2.2.0'),
    ),
    remove('reviews-reporter', 'promotions-importer'),
  ];
  return edits.reduce((l, e) => e(l), list);
}

export const retailPlatform = {
  versions: evolve(base(), [
    { version: '2.0', edits: [] },
    { version: '2.1', edits: [release21] },
    { version: '2.2', edits: [release22] },
  ]),
};
