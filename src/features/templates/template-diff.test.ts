import fc from 'fast-check';
import type { TemplateComponent } from '@/contract/templates';
import { diffTemplate, preselectedComponents } from './template-diff';
import { components, withWhitespaceNoise } from '@/testing/template-component-test-utils';

const web: TemplateComponent = {
  name: 'web',
  image: 'spacetech/portal-web',
  tag: '1.0.3',
  env: { API_URL: 'http://api:8080', DB_PASSWORD: 's3cret', LOG_LEVEL: 'info' },
  ports: [{ port: 80, protocol: 'http', public: true }],
  volumes: [{ name: 'uploads', mountPath: '/srv/uploads', sizeGiB: 5 }],
  dependencies: ['api'],
  resources: { cpuMillicores: 500, memoryMiB: 512 },
  probe: { kind: 'http', port: 80, path: '/healthz', initialDelaySeconds: 5, periodSeconds: 10 },
};
const api: TemplateComponent = { ...web, name: 'api', dependencies: [], env: {} };
const redis: TemplateComponent = {
  ...web,
  name: 'redis',
  image: 'redis',
  tag: '7.2',
  env: {},
  dependencies: [],
  probe: { kind: 'command', command: 'redis-cli ping', initialDelaySeconds: 0, periodSeconds: 10 },
};

describe('diffTemplate', () => {
  it('matches components by name: added, removed, changed, unchanged, sorted by name', () => {
    const legacy = { ...api, name: 'legacy-cache' };
    const web11 = { ...web, tag: '1.1.0', dependencies: ['api', 'redis'] };
    const diff = diffTemplate([web, api, legacy], [api, web11, redis]);
    expect(diff.summary).toEqual({ added: 1, changed: 1, removed: 1, unchanged: 1 });
    expect(diff.components.map((c) => [c.name, c.change])).toEqual([
      ['api', 'unchanged'],
      ['legacy-cache', 'removed'],
      ['redis', 'added'],
      ['web', 'changed'],
    ]);
    expect(diff.components[2]).toMatchObject({ before: null, after: redis, fields: [] });
    expect(preselectedComponents(diff)).toEqual(['redis', 'web']);
  });

  it('lists every changed field, before → after, in a fixed order', () => {
    const after: TemplateComponent = {
      ...web,
      image: 'spacetech/web',
      tag: '1.1.0',
      env: { API_URL: 'http://api:9090', DB_PASSWORD: 'rotated', REDIS_HOST: 'redis' },
      ports: [
        { port: 80, protocol: 'http', public: false },
        { port: 443, protocol: 'http', public: true },
      ],
      volumes: [{ name: 'uploads', mountPath: '/srv/uploads', sizeGiB: 20 }],
      dependencies: ['redis'],
      resources: { cpuMillicores: 1000, memoryMiB: 512 },
      probe: null,
    };
    const [entry] = diffTemplate([web], [after]).components;
    const rows = entry?.fields.map((f) =>
      'key' in f ? `${f.field} ${f.key} ${f.change}` : `${f.field} ${f.change}`,
    );
    expect(rows).toEqual([
      'image changed',
      'tag changed',
      'env API_URL changed',
      'env DB_PASSWORD changed',
      'env LOG_LEVEL removed',
      'env REDIS_HOST added',
      'ports 80 changed',
      'ports 443 added',
      'volumes uploads changed',
      'dependencies api removed',
      'dependencies redis added',
      'resources cpuMillicores changed',
      'probe removed',
    ]);
    expect(entry?.fields[1]).toEqual({
      field: 'tag',
      change: 'changed',
      before: '1.0.3',
      after: '1.1.0',
      segments: [
        { value: '1.', kind: 'same' },
        { value: '0', kind: 'removed' },
        { value: '1', kind: 'added' },
        { value: '.', kind: 'same' },
        { value: '3', kind: 'removed' },
        { value: '0', kind: 'added' },
      ],
    });
  });

  it('flags secret-looking keys and gives them no highlighting', () => {
    const after = { ...web, env: { ...web.env, DB_PASSWORD: 'rotated', API_KEY: 'k-1' } };
    const fields = diffTemplate([web], [after]).components[0]?.fields ?? [];
    expect(fields.map((f) => (f.field === 'env' ? [f.key, f.secret, f.segments] : null))).toEqual([
      ['API_KEY', true, []],
      ['DB_PASSWORD', true, []],
    ]);
    const api2 = { ...web, env: { ...web.env, API_URL: 'http://api:9090' } };
    const [url] = diffTemplate([web], [api2]).components[0]?.fields ?? [];
    expect(url).toMatchObject({ key: 'API_URL', secret: false });
  });

  it('diffs a multi-line value line by line', () => {
    const before = {
      ...redis,
      probe: {
        ...redis,
        kind: 'command' as const,
        command: 'sh -c\nredis-cli ping\nexit 0',
        initialDelaySeconds: 0,
        periodSeconds: 10,
      },
    };
    const after = {
      ...before,
      probe: { ...before.probe, command: 'sh -c\nredis-cli -a $PASS ping\nexit 0' },
    };
    const [probe] = diffTemplate([before], [after]).components[0]?.fields ?? [];
    expect(probe?.field).toBe('probe');
    const segments = probe && 'segments' in probe ? probe.segments : [];
    expect(segments.filter((s) => s.kind !== 'same').map((s) => [s.kind, s.value])).toEqual([
      ['removed', 'redis-cli ping\n'],
      ['added', 'redis-cli -a $PASS ping\n'],
    ]);
  });

  it('leaves out whitespace-only changes when asked, and only then', () => {
    const spaced = {
      ...web,
      env: { ...web.env, LOG_LEVEL: ' info  ' },
      volumes: [{ name: 'uploads', mountPath: '/srv/uploads ', sizeGiB: 5 }],
    };
    expect(diffTemplate([web], [spaced]).summary.changed).toBe(1);
    expect(diffTemplate([web], [spaced], { ignoreWhitespace: true }).summary).toEqual({
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 1,
    });
    const real = { ...spaced, tag: '1.0.4' };
    const fields = diffTemplate([web], [real], { ignoreWhitespace: true }).components[0]?.fields;
    expect(fields?.map((f) => f.field)).toEqual(['tag']);
  });

  it('refuses two components with the same name', () => {
    expect(() => diffTemplate([web, web], [])).toThrow('Two components are named "web"');
  });
});

describe('diffTemplate, for any versions', () => {
  it('finds nothing between a version and itself', () => {
    fc.assert(
      fc.property(components, (a) => {
        const diff = diffTemplate(a, a);
        expect(
          diff.components.every((c) => c.change === 'unchanged' && c.fields.length === 0),
        ).toBe(true);
        expect(diff.summary.unchanged).toBe(a.length);
      }),
    );
  });

  it('counts every component of either side once, and changed means some field changed', () => {
    fc.assert(
      fc.property(components, components, (a, b) => {
        const diff = diffTemplate(a, b);
        const names = new Set([...a, ...b].map((c) => c.name));
        expect(diff.components.map((c) => c.name)).toEqual([...names].sort());
        const { added, changed, removed, unchanged } = diff.summary;
        expect(added + changed + removed + unchanged).toBe(names.size);
        for (const c of diff.components) {
          expect(c.fields.length > 0).toBe(c.change === 'changed');
          expect(c.change === 'unchanged').toBe(
            c.before !== null && JSON.stringify(c.before) === JSON.stringify(c.after),
          );
        }
      }),
    );
  });

  it('finds only whitespace-only changes vanish with ignoreWhitespace', () => {
    fc.assert(
      fc.property(components, (a) => {
        const noisy = a.map(withWhitespaceNoise);
        const diff = diffTemplate(a, noisy, { ignoreWhitespace: true });
        expect(diff.summary.unchanged).toBe(a.length);
      }),
    );
  });

  it('highlights text whose parts spell before and after exactly', () => {
    fc.assert(
      fc.property(components, components, (a, b) => {
        for (const c of diffTemplate(a, b).components) {
          for (const f of c.fields) {
            if (f.field !== 'image' && f.field !== 'tag' && f.field !== 'env') continue;
            if (f.segments.length === 0) continue;
            const spell = (skip: string) =>
              f.segments
                .filter((s) => s.kind !== skip)
                .map((s) => s.value)
                .join('');
            expect([spell('added'), spell('removed')]).toEqual([f.before, f.after]);
          }
        }
      }),
    );
  });
});
