import type { TemplateComponent } from '@/contract/templates';
import {
  add,
  commandProbe,
  component,
  change,
  evolve,
  httpProbe,
  retag,
  setEnv,
  tcpProbe,
} from './seed-build';

/**
 * The seed's case ("Application template upgrade"): spacetech-portal, published at 1.0, whose
 * source application has since gained a Redis component (and the web front end uses it), not yet
 * published. Publishing it as 1.1 is the walkthrough; spacetech-portal-copy runs 1.0.
 */
const portal10: TemplateComponent[] = [
  component('gateway', 'nginx', '1.25.3', {
    ports: [
      { port: 80, protocol: 'http', public: true },
      { port: 443, protocol: 'http', public: true },
    ],
    volumes: [{ name: 'conf', mountPath: '/etc/nginx/conf.d', sizeGiB: 1 }],
    dependencies: ['web'],
    resources: { cpuMillicores: 250, memoryMiB: 128 },
    probe: httpProbe(80, '/healthz'),
  }),
  component('web', 'spacetech/portal-web', '1.0.3', {
    env: {
      API_URL: 'http://api:8080',
      LOG_LEVEL: 'info',
      SESSION_SECRET: 'pt-web-3f9a1c77e2',
    },
    ports: [{ port: 3000, protocol: 'http', public: false }],
    dependencies: ['api'],
    resources: { cpuMillicores: 500, memoryMiB: 512 },
    probe: httpProbe(3000, '/'),
  }),
  component('api', 'spacetech/portal-api', '1.0.3', {
    env: {
      DB_HOST: 'mysql',
      DB_NAME: 'portal',
      DB_PASSWORD: 'Portal#2026!',
      DB_USER: 'portal',
      JWT_SECRET: 'pt-api-9b2e44d1a0',
      LOG_LEVEL: 'info',
    },
    ports: [{ port: 8080, protocol: 'http', public: false }],
    dependencies: ['mysql'],
    resources: { cpuMillicores: 1000, memoryMiB: 1024 },
    probe: httpProbe(8080, '/actuator/health'),
  }),
  component('mysql', 'mysql', '8.0.36', {
    env: { MYSQL_DATABASE: 'portal', MYSQL_ROOT_PASSWORD: 'r00t-Portal-2026' },
    ports: [{ port: 3306, protocol: 'tcp', public: false }],
    volumes: [{ name: 'data', mountPath: '/var/lib/mysql', sizeGiB: 20 }],
    resources: { cpuMillicores: 1000, memoryMiB: 2048 },
    probe: commandProbe('mysqladmin ping -h 127.0.0.1'),
  }),
];

export const redis = component('redis', 'redis', '7.2.4', {
  env: { REDIS_PASSWORD: 'rd-portal-5c1e0b' },
  ports: [{ port: 6379, protocol: 'tcp', public: false }],
  volumes: [{ name: 'data', mountPath: '/data', sizeGiB: 2 }],
  resources: { cpuMillicores: 250, memoryMiB: 256 },
  probe: commandProbe('redis-cli ping'),
});

export const spacetechPortal = {
  versions: evolve(portal10, [{ version: '1.0', edits: [] }]),
  source: [
    add(redis),
    setEnv('web', { REDIS_HOST: 'redis', REDIS_PORT: '6379' }),
    change('web', (c) => ({ dependencies: [...c.dependencies, 'redis'] })),
  ].reduce((list, edit) => edit(list), portal10),
};

/** team-wiki: three versions; 1.1 adds search, 2.0 is a major upgrade of the wiki and database. */
const wiki10: TemplateComponent[] = [
  component('wiki', 'requarks/wiki', '2.5.300', {
    env: { DB_HOST: 'postgres', DB_NAME: 'wiki', DB_PASS: 'wiki-Pa55', DB_TYPE: 'postgres' },
    ports: [{ port: 3000, protocol: 'http', public: true }],
    dependencies: ['postgres'],
    resources: { cpuMillicores: 500, memoryMiB: 512 },
    probe: httpProbe(3000, '/healthz'),
  }),
  component('postgres', 'postgres', '15.4', {
    env: { POSTGRES_DB: 'wiki', POSTGRES_PASSWORD: 'wiki-Pa55', POSTGRES_USER: 'wiki' },
    ports: [{ port: 5432, protocol: 'tcp', public: false }],
    volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data', sizeGiB: 10 }],
    resources: { cpuMillicores: 500, memoryMiB: 1024 },
    probe: commandProbe('pg_isready -U wiki'),
  }),
];

const search = component('search', 'elasticsearch', '8.11.0', {
  env: { ES_JAVA_OPTS: '-Xms512m -Xmx512m', 'discovery.type': 'single-node' },
  ports: [{ port: 9200, protocol: 'http', public: false }],
  volumes: [{ name: 'data', mountPath: '/usr/share/elasticsearch/data', sizeGiB: 10 }],
  resources: { cpuMillicores: 1000, memoryMiB: 2048 },
  probe: tcpProbe(9200),
});

export const teamWiki = {
  versions: evolve(wiki10, [
    { version: '1.0', edits: [] },
    {
      version: '1.1',
      edits: [
        add(search),
        retag('wiki', '2.5.301'),
        setEnv('wiki', { SEARCH_URL: 'http://search:9200' }),
        change('wiki', (c) => ({ dependencies: [...c.dependencies, 'search'] })),
      ],
    },
    {
      version: '2.0',
      edits: [
        retag('wiki', '3.0.0'),
        change('wiki', () => ({ resources: { cpuMillicores: 1000, memoryMiB: 1024 } })),
        retag('postgres', '16.1'),
      ],
    },
  ]),
};
