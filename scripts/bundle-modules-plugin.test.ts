// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { firstScreenFiles } from './bundle-budget-core.mjs';
import { readBuild } from './bundle-budget-read.mjs';
import { bundleModules, shortModuleId } from './bundle-modules-plugin';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-modules-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('the bundle-modules plugin', () => {
  it('shortens module ids to the repo root and node_modules/<pkg>', () => {
    expect(shortModuleId('/repo/src/main.tsx', '/repo')).toBe('src/main.tsx');
    expect(
      shortModuleId('/repo/node_modules/.pnpm/zod@4/node_modules/zod/v4/core/util.js', '/repo'),
    ).toBe('node_modules/zod/v4/core/util.js');
    expect(shortModuleId('\0vite/preload-helper.js', '/repo')).toBe('vite/preload-helper.js');
    expect(shortModuleId('/repo-other/x.ts', '/repo')).toBe('/repo-other/x.ts');
  });

  it("writes each chunk's modules beside the manifest, as the budget reads them", async () => {
    const root = writeFiles({
      'index.html': '<div id="root"></div><script type="module" src="/src/main.js"></script>',
      'src/main.js': `import { big } from './big.js'; import { pad } from 'fake-pkg';
          document.title = big + pad; void import('./lazy.js');`,
      'src/big.js': `export const big = "${'b'.repeat(5_000)}";`,
      'src/lazy.js': 'export const lazy = () => "lazy";',
      'node_modules/fake-pkg/package.json': '{"name":"fake-pkg","type":"module","main":"index.js"}',
      'node_modules/fake-pkg/index.js': 'export const pad = "p".repeat(3);',
    });
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [bundleModules()],
      build: { manifest: true, outDir: 'out' },
    });
    const out = readBuild(join(root, 'out'));
    const entry = Object.values(out.manifest).find((chunk) => chunk.isEntry);
    const lazy = out.manifest['src/lazy.js'];
    expect(lazy?.isDynamicEntry).toBe(true);
    const entryModules = out.modules[entry?.file ?? ''] ?? [];
    expect(entryModules[0]).toEqual({
      id: 'src/big.js',
      renderedLength: expect.any(Number) as number,
    });
    expect(entryModules.map((module) => module.id)).toContain('node_modules/fake-pkg/index.js');
    expect(out.modules[lazy?.file ?? '']?.map((module) => module.id)).toEqual(['src/lazy.js']);
    expect(firstScreenFiles(out.manifest, 'src/lazy.js')).toContain(entry?.file);
  });
});
