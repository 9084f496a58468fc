import type { TemplateComponent } from '@/contract/templates';
import { diffToMarkdown } from './diff-markdown';
import { diffTemplate } from './template-diff';

const web: TemplateComponent = {
  name: 'web',
  image: 'spacetech/portal-web',
  tag: '1.0.3',
  env: { DB_PASSWORD: 'hunter2', GREETING: 'a|b' },
  ports: [{ port: 80, protocol: 'http', public: true }],
  volumes: [],
  dependencies: [],
  resources: { cpuMillicores: 500, memoryMiB: 512 },
  probe: null,
};
const redis: TemplateComponent = { ...web, name: 'redis', image: 'redis', tag: '7.2', env: {} };

describe('diffToMarkdown', () => {
  const after = {
    ...web,
    tag: '1.1.0',
    env: { DB_PASSWORD: 'rotated', GREETING: 'a|c' },
    dependencies: ['redis'],
  };
  const diff = diffTemplate([web], [after, redis]);

  it('exports a summary, a table per changed component and added ones in full, secrets masked', () => {
    const md = diffToMarkdown(diff, { title: 'spacetech-portal 1.0 → 1.1' });
    expect(md).toBe(
      [
        '# spacetech-portal 1.0 → 1.1',
        '',
        '1 added · 1 changed · 0 removed · 0 unchanged',
        '',
        '## Added: redis',
        '',
        '- image: `redis:7.2`',
        '- ports: 80/http (public)',
        '- resources: 500m CPU, 512 MiB',
        '- health probe: `none`',
        '',
        '## Changed: web',
        '',
        '| Field | Before | After |',
        '| --- | --- | --- |',
        '| tag | `1.0.3` | `1.1.0` |',
        '| env DB_PASSWORD | `••••••••` | `••••••••` |',
        '| env GREETING | `a\\|b` | `a\\|c` |',
        '| depends on redis | — | `yes` |',
        '',
      ].join('\n'),
    );
    expect(md).not.toContain('hunter2');
  });

  it('shows secrets only when revealed on purpose', () => {
    const md = diffToMarkdown(diff, { title: 't', revealSecrets: true });
    expect(md).toContain('| env DB_PASSWORD | `hunter2` | `rotated` |');
  });
});
