import fc from 'fast-check';
import type { TemplateComponent, TemplateHealthProbe } from '@/contract/templates';
import { byText } from '@/features/templates/template-diff-fields';

/** fast-check generators of template components, in the contract's canonical order. */
const NAMES = ['web', 'api', 'redis', 'mysql', 'worker', 'gateway', 'search', 'queue'];
const ENV_KEYS = ['LOG_LEVEL', 'DB_HOST', 'DB_PASSWORD', 'API_TOKEN', 'REDIS_URL', 'TZ', 'MODE'];
const words = ['on', 'off', 'info', 'debug', 'redis', 'mysql', 'a b', ' padded ', 'x\ny', ''];

const text = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 }));

const probe: fc.Arbitrary<TemplateHealthProbe | null> = fc.option(
  fc.oneof(
    fc.record({
      kind: fc.constant('http' as const),
      port: fc.constantFrom(80, 8080),
      path: fc.constantFrom('/health', '/ready', '/ health'),
      initialDelaySeconds: fc.constantFrom(0, 5),
      periodSeconds: fc.constantFrom(10, 30),
    }),
    fc.record({
      kind: fc.constant('tcp' as const),
      port: fc.constantFrom(3306, 6379),
      initialDelaySeconds: fc.constantFrom(0, 5),
      periodSeconds: fc.constantFrom(10, 30),
    }),
    fc.record({
      kind: fc.constant('command' as const),
      command: fc.constantFrom('redis-cli ping', 'redis-cli  ping', 'sh -c\n  "curl -f :80"'),
      initialDelaySeconds: fc.constantFrom(0, 5),
      periodSeconds: fc.constantFrom(10, 30),
    }),
  ),
);

export function componentNamed(name: string): fc.Arbitrary<TemplateComponent> {
  return fc.record({
    name: fc.constant(name),
    image: fc.constantFrom(`spacetech/${name}`, `registry.example/${name}`),
    tag: fc.constantFrom('1.0', '1.1', '2.0', ' 2.0'),
    env: fc.dictionary(fc.constantFrom(...ENV_KEYS), text, { maxKeys: 4 }),
    ports: fc
      .uniqueArray(
        fc.record({
          port: fc.constantFrom(80, 443, 6379, 8080),
          protocol: fc.constantFrom('http' as const, 'tcp' as const, 'udp' as const),
          public: fc.boolean(),
        }),
        { selector: (p) => p.port, maxLength: 3 },
      )
      .map((ports) => ports.sort((a, b) => a.port - b.port)),
    volumes: fc
      .uniqueArray(
        fc.record({
          name: fc.constantFrom('data', 'logs', 'config'),
          mountPath: fc.constantFrom('/data', '/var/log', '/etc/app', '/data '),
          sizeGiB: fc.constantFrom(1, 10),
        }),
        { selector: (v) => v.name, maxLength: 2 },
      )
      .map((volumes) => volumes.sort((a, b) => byText(a.name, b.name))),
    dependencies: fc
      .uniqueArray(fc.constantFrom(...NAMES.filter((n) => n !== name)), { maxLength: 3 })
      .map((deps) => deps.sort(byText)),
    resources: fc.record({
      cpuMillicores: fc.constantFrom(250, 500, 1000),
      memoryMiB: fc.constantFrom(256, 512, 1024),
    }),
    probe,
  });
}

/** A version: some of the names, each with a generated component, sorted by name. */
export const components: fc.Arbitrary<TemplateComponent[]> = fc
  .subarray(NAMES)
  .chain((names) => fc.tuple(...names.map(componentNamed)))
  .map((list) => [...list].sort((a, b) => byText(a.name, b.name)));

/** The same component with whitespace added around and inside its text values. */
export function withWhitespaceNoise(c: TemplateComponent): TemplateComponent {
  const pad = (s: string) => ` ${s.replace(/ /g, '  ')}\t`;
  return {
    ...c,
    tag: pad(c.tag),
    env: Object.fromEntries(Object.entries(c.env).map(([k, v]) => [k, pad(v)])),
    volumes: c.volumes.map((v) => ({ ...v, mountPath: pad(v.mountPath) })),
    probe:
      c.probe?.kind === 'command'
        ? { ...c.probe, command: pad(c.probe.command) }
        : c.probe?.kind === 'http'
          ? { ...c.probe, path: pad(c.probe.path) }
          : c.probe,
  };
}
