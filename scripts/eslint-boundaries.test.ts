// @vitest-environment node
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries of eslint.config.js, checked on made-up files: the real config, minus
 * type information (the files do not exist, and the boundaries need none).
 */
const eslint = new ESLint({
  cwd: resolve(import.meta.dirname, '..'),
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked },
    { files: ['**/*.{ts,tsx}'], languageOptions: { parserOptions: { projectService: false } } },
  ],
});

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${file}: ${fatal.message}`);
  return messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const importOf = (source: string) => `import { a } from '${source}';\nexport const b = a;\n`;

// [importing file, import source, refused?]
const cases: [string, string, boolean][] = [
  ['src/features/applications/x.ts', '@/features/identity/session', true],
  ['src/features/applications/x.ts', '@/features/applications/rules', false],
  ['src/features/applications/x.ts', '@/features/applicationsX/rules', true],
  ['src/features/applications/x.ts', '../identity/session', true],
  ['src/features/applications/x.ts', './rules', false],
  ['src/features/applications/api/x.ts', '../rules', false],
  ['src/features/applications/api/x.ts', '../../identity/session', true],
  ['src/features/applications/api/x.ts', '../../../features/identity/session', true],
  ['src/features/applications/api/x.ts', '../../../lib/api-client', false],
  ['src/features/applications/api/x.ts', '@mocks/db', true],
  ['src/features/applications/api/x.ts', '../../../../mocks/db', true],
  ['src/features/applications/api/x.test.ts', '@mocks/db', false],
  ['src/features/applications/api/x.test.ts', '@/features/identity/session', true],
  ['src/features/identity/x.ts', '@/features/applications/rules', true],
  ['src/lib/x.ts', '@/features/identity/session', true],
  ['src/lib/x.ts', '@/app/router', true],
  ['src/lib/x.ts', '../features/identity/session', true],
  ['src/lib/x.ts', '@/lib/problem', false],
  ['src/components/layout/x.tsx', '../../app/router', true],
  ['src/contract/x.ts', '@mocks/db', true],
  ['src/theme/x.ts', '@/components/feedback/a', false],
  ['src/lib/x.test.ts', '@mocks/node', false],
  ['src/testing/setup.ts', '@mocks/node', false],
  ['src/testing/x.tsx', '@/app/router', true],
  ['src/testing/x.tsx', '../app/router', true],
  ['src/testing/fault-matrix/x.ts', '../../app/routes/self-hosted/routes', true],
  ['src/testing/x.tsx', '@/features/self-hosted/rules', false],
  ['src/app/fault-matrix/x.test.tsx', '@/testing/fault-matrix/fault-suite', false],
  ['src/testing/x.ts', '@mocks/core/scenario', false],
  ['src/features/templates/x.ts', '@mocks/templates/state', true],
  ['src/app/routes/a/x.tsx', '../../../../mocks/core/http', true],
  ['src/app/x.tsx', '@/features/identity/session', false],
  ['src/app/routes/a/x.tsx', '@mocks/browser', true],
  ['src/app/routes/a/x.tsx', '../../../../mocks/browser', true],
  ['src/main.tsx', '../mocks/browser', false],
  ['mocks/x.ts', '@/lib/standalone', false],
  // Browser code and its tests write zod/mini; only the Node server's own files may use classic.
  ['src/contract/x.ts', 'zod', true],
  ['src/contract/x.ts', 'zod/mini', false],
  ['src/features/platform/api/x.ts', 'zod', true],
  ['src/lib/x.test.ts', 'zod', true],
  ['mocks/core/x.ts', 'zod', true],
  ['mocks/http-server/x.ts', 'zod', false],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(cases)('%s importing %s: refused=%s', async (file, source, refused) => {
    const messages = await restricted(file, importOf(source));
    expect(messages.length > 0, messages.join('\n')).toBe(refused);
  });

  it.each([
    ['src/app/x.tsx', '@mocks/browser', true],
    ['src/lib/x.ts', '../mocks/browser', true],
    ['src/main.tsx', '../mocks/browser', false],
  ] as const)('%s: dynamic import(%s) refused=%s', async (file, source, refused) => {
    const messages = await restricted(file, `export const m = await import('${source}');\n`);
    expect(messages.length > 0, messages.join('\n')).toBe(refused);
  });
});
