import type { TemplateComponent } from '@/contract/templates';
import {
  add,
  change,
  commandProbe,
  component,
  evolve,
  httpProbe,
  remove,
  retag,
  setEnv,
  tcpProbe,
  type Edit,
} from './seed-build';

/**
 * observability-stack: thirteen versions, 1.0 … 1.12, so 1.10 must sort after 1.9. Prometheus
 * moves on every release; 1.10 also carries whitespace-only changes (a padded retention value,
 * a re-indented probe command) that "ignore whitespace" leaves out, and a rotated secret.
 */
const base: TemplateComponent[] = [
  component('prometheus', 'prom/prometheus', 'v2.40.0', {
    env: { RETENTION: '15d', SCRAPE_INTERVAL: '30s' },
    ports: [{ port: 9090, protocol: 'http', public: false }],
    volumes: [{ name: 'data', mountPath: '/prometheus', sizeGiB: 50 }],
    dependencies: ['alertmanager', 'node-exporter'],
    resources: { cpuMillicores: 1000, memoryMiB: 2048 },
    probe: httpProbe(9090, '/-/healthy'),
  }),
  component('alertmanager', 'prom/alertmanager', 'v0.25.0', {
    env: {
      SLACK_WEBHOOK_URL: 'https://hooks.slack.example/T000/B000/XXXX',
      SMTP_PASSWORD: 'am-smtp-77aa',
      SMTP_SMARTHOST: 'smtp.spacetech.example:587',
    },
    ports: [{ port: 9093, protocol: 'http', public: false }],
    probe: commandProbe('wget -qO- http://localhost:9093/-/healthy'),
  }),
  component('grafana', 'grafana/grafana', '9.3.0', {
    env: {
      GF_SECURITY_ADMIN_PASSWORD: 'gf-admin-2023',
      GF_SERVER_ROOT_URL: 'https://grafana.spacetech.example',
    },
    ports: [{ port: 3000, protocol: 'http', public: true }],
    volumes: [{ name: 'data', mountPath: '/var/lib/grafana', sizeGiB: 5 }],
    dependencies: ['loki', 'prometheus'],
    resources: { cpuMillicores: 500, memoryMiB: 512 },
    probe: httpProbe(3000, '/api/health'),
  }),
  component('loki', 'grafana/loki', '2.7.0', {
    env: { LOG_FORMAT: 'logfmt' },
    ports: [{ port: 3100, protocol: 'http', public: false }],
    volumes: [{ name: 'data', mountPath: '/loki', sizeGiB: 30 }],
    resources: { cpuMillicores: 500, memoryMiB: 1024 },
    probe: httpProbe(3100, '/ready'),
  }),
  component('promtail', 'grafana/promtail', '2.7.0', {
    env: { LOKI_URL: 'http://loki:3100/loki/api/v1/push' },
    volumes: [{ name: 'logs', mountPath: '/var/log', sizeGiB: 1 }],
    dependencies: ['loki'],
    probe: tcpProbe(9080),
  }),
  component('node-exporter', 'prom/node-exporter', 'v1.5.0', {
    ports: [{ port: 9100, protocol: 'http', public: false }],
    resources: { cpuMillicores: 100, memoryMiB: 64 },
    probe: tcpProbe(9100),
  }),
  component('jaeger', 'jaegertracing/all-in-one', '1.40', {
    ports: [
      { port: 14268, protocol: 'http', public: false },
      { port: 16686, protocol: 'http', public: true },
    ],
    resources: { cpuMillicores: 500, memoryMiB: 512 },
    probe: httpProbe(16686, '/'),
  }),
];

const tempo = component('tempo', 'grafana/tempo', '2.1.0', {
  ports: [{ port: 3200, protocol: 'http', public: false }],
  volumes: [{ name: 'data', mountPath: '/var/tempo', sizeGiB: 20 }],
  resources: { cpuMillicores: 500, memoryMiB: 1024 },
  probe: httpProbe(3200, '/ready'),
});

const prometheusAt = (minor: number) => retag('prometheus', `v2.${40 + minor}.0`);

const steps: { version: string; edits: Edit[] }[] = [
  { version: '1.0', edits: [] },
  { version: '1.1', edits: [setEnv('grafana', { GF_USERS_ALLOW_SIGN_UP: 'false' })] },
  { version: '1.2', edits: [retag('loki', '2.7.4'), retag('promtail', '2.7.4')] },
  {
    version: '1.3',
    edits: [
      retag('alertmanager', 'v0.26.0'),
      change('prometheus', () => ({ resources: { cpuMillicores: 1500, memoryMiB: 3072 } })),
    ],
  },
  { version: '1.4', edits: [retag('grafana', '9.5.0')] },
  {
    version: '1.5',
    edits: [add(tempo), change('grafana', (c) => ({ dependencies: [...c.dependencies, 'tempo'] }))],
  },
  { version: '1.6', edits: [remove('jaeger')] },
  {
    version: '1.7',
    edits: [
      retag('node-exporter', 'v1.6.0'),
      change('node-exporter', () => ({ probe: tcpProbe(9100, 15) })),
    ],
  },
  {
    version: '1.8',
    edits: [
      change('loki', () => ({ volumes: [{ name: 'data', mountPath: '/loki', sizeGiB: 60 }] })),
    ],
  },
  {
    version: '1.9',
    edits: [
      retag('grafana', '10.2.0'),
      change('alertmanager', () => ({
        probe: commandProbe('wget -qO- http://localhost:9093/-/healthy\n  || exit 1'),
      })),
    ],
  },
  {
    version: '1.10',
    edits: [
      retag('grafana', '11.0.0'),
      setEnv('grafana', { GF_SECURITY_ADMIN_PASSWORD: 'gf-admin-2026-rotated' }),
      setEnv('prometheus', { RETENTION: '15d ' }),
      change('alertmanager', () => ({
        probe: commandProbe('wget  -qO- http://localhost:9093/-/healthy\n    || exit 1'),
      })),
    ],
  },
  { version: '1.11', edits: [retag('tempo', '2.4.0')] },
  {
    version: '1.12',
    edits: [
      retag('loki', '3.0.0'),
      retag('promtail', '3.0.0'),
      setEnv('loki', { LOG_FORMAT: 'json' }),
    ],
  },
];

export const observabilityStack = {
  versions: evolve(
    base,
    steps.map((s, i) => ({ ...s, edits: i === 0 ? s.edits : [prometheusAt(i), ...s.edits] })),
  ),
};
