import type { ComponentDiff } from '@/contract/template-diff';
import type { TemplateComponent } from '@/contract/templates';
import { MASK } from '@/lib/secrets';
import { hasRevealableSecret, secretFieldsOf } from './reveal-diff';

function component(name: string, env: Record<string, string>): TemplateComponent {
  return {
    name,
    image: `registry.example/${name}`,
    tag: '1.0',
    env,
    ports: [],
    volumes: [],
    dependencies: [],
    resources: { cpuMillicores: 250, memoryMiB: 256 },
    probe: null,
  };
}

function unchanged(c: TemplateComponent, versions: [string | null, string | null]): ComponentDiff {
  return {
    name: c.name,
    change: 'unchanged',
    before: c,
    after: c,
    beforeVersion: versions[0],
    afterVersion: versions[1],
    fields: [],
  };
}

const diffOf = (...components: ComponentDiff[]) => ({
  summary: { added: 0, changed: 0, removed: 0, unchanged: components.length },
  components,
});

describe('which secrets a diff can reveal', () => {
  const api = component('api', { LOG_LEVEL: 'info' });
  const db = component('db', { DB_PASSWORD: MASK });

  it('none when no side holds a secret', () => {
    const diff = diffOf(unchanged(api, ['1.0', '1.1']));
    expect(hasRevealableSecret(diff)).toBe(false);
    expect(secretFieldsOf(diff)).toEqual({});
  });

  it('none when the sides with a secret name no version to ask', () => {
    const diff = diffOf(unchanged(api, ['1.0', '1.1']), unchanged(db, [null, null]));
    expect(hasRevealableSecret(diff)).toBe(false);
    expect(secretFieldsOf(diff)).toEqual({});
  });

  it('a secret of a side with its version, listed once per version', () => {
    const diff = diffOf(unchanged(api, ['1.0', '1.1']), unchanged(db, [null, '1.1']));
    expect(hasRevealableSecret(diff)).toBe(true);
    expect(secretFieldsOf(diff)).toEqual({ '1.1': [{ component: 'db', key: 'DB_PASSWORD' }] });
  });
});
