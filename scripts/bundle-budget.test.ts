// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Manifest } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateBudget, firstScreenFiles, KB } from './bundle-budget-core.mjs';
import { readBuild } from './bundle-budget-read.mjs';
import { formatReport } from './bundle-budget-report.mjs';
import type { ChunkModules } from './bundle-modules-plugin';

const script = resolve(import.meta.dirname, 'bundle-budget.mjs');
const ROUTE = 'src/app/routes/applications/list.tsx';
const limits = { firstScreenKb: 200, routeKb: 150 };
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * The shape of the real build: the entry imports a shared chunk and lazily the list route and an
 * editor; the route imports the entry, the shared chunk and its own table chunk.
 */
function manifest(extra: Manifest = {}, entryImports: string[] = []): Manifest {
  return {
    'index.html': {
      file: 'assets/index.js',
      src: 'index.html',
      isEntry: true,
      imports: ['_shared.js', ...entryImports],
      dynamicImports: [ROUTE, 'src/editor.ts'],
      css: ['assets/index.css'],
    },
    '_shared.js': { file: 'assets/shared.js' },
    [ROUTE]: {
      file: 'assets/list.js',
      src: ROUTE,
      isDynamicEntry: true,
      imports: ['index.html', '_shared.js', '_table.js'],
    },
    '_table.js': { file: 'assets/table.js' },
    'src/editor.ts': {
      file: 'assets/editor.js',
      src: 'src/editor.ts',
      isDynamicEntry: true,
      imports: ['_shared.js'],
    },
    ...extra,
  };
}

/** JS whose gzip is about `kb` KB: random bytes, base64-encoded, gzip back to about their size. */
const noise = (kb: number) => `export const n="${randomBytes(kb * KB).toString('base64')}";\n`;
const small = (name: string) => `export const ${name}=()=>"${name}";\n`;

function writeFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A build on disk: manifest, modules.json, index.html and the chunk files. */
function writeBuild(files: Record<string, string>, man: Manifest, modules: ChunkModules = {}) {
  return writeFiles({
    '.vite/manifest.json': JSON.stringify(man),
    '.vite/modules.json': JSON.stringify(modules),
    'index.html': '<script type="module" src="/assets/index.js"></script>',
    'assets/index.css': 'body{}',
    ...Object.fromEntries(Object.values(man).map((chunk) => [chunk.file, small('x')])),
    ...files,
  });
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('the first screen', () => {
  it('is the entry and the list route with their static imports, a shared chunk once', () => {
    expect(firstScreenFiles(manifest()).sort()).toEqual([
      'assets/index.js',
      'assets/list.js',
      'assets/shared.js',
      'assets/table.js',
    ]);
    const sizes = {
      'assets/index.js': 50_000,
      'assets/shared.js': 40_000,
      'assets/list.js': 10_000,
      'assets/table.js': 5_000,
      'assets/editor.js': 90_000,
    };
    const result = evaluateBudget({ manifest: manifest(), gzipBytes: sizes }, limits);
    // 50 + 40 + 10 + 5: the shared chunk once, the editor (a dynamic import) not at all.
    expect(result.firstScreen.bytes).toBe(105_000);
    expect(result.firstScreen.chunks.map((chunk) => chunk.file)).not.toContain('assets/editor.js');
    expect(result.failures).toEqual([]);
  });

  it('follows static imports transitively, not dynamic ones', () => {
    const man = manifest({ '_deep.js': { file: 'assets/deep.js' } });
    man['_table.js'] = { file: 'assets/table.js', imports: ['_deep.js'] };
    man['_shared.js'] = { file: 'assets/shared.js', dynamicImports: ['src/editor.ts'] };
    expect(firstScreenFiles(man)).toContain('assets/deep.js');
    expect(firstScreenFiles(man)).not.toContain('assets/editor.js');
  });

  it('says so when the route is not in the manifest, rather than measure less', () => {
    const { [ROUTE]: _route, ...man } = manifest();
    expect(() => firstScreenFiles(man)).toThrow(/list\.tsx is not in the build's manifest/);
  });

  it('counts a script index.html loads itself', () => {
    const dir = writeBuild(
      {
        'index.html':
          '<script type="module" src="/early.js"></script><script type="module" crossorigin src="/assets/index.js"></script>',
        'early.js': small('early'),
      },
      manifest(),
    );
    const build = readBuild(dir);
    expect(build.htmlScripts).toEqual(['early.js']);
    const { firstScreen } = evaluateBudget(build, limits);
    expect(firstScreen.chunks.map((chunk) => chunk.file)).toContain('early.js');
  });
});

describe('node scripts/bundle-budget.mjs', () => {
  it('passes a build within budget and prints the first screen', () => {
    const result = run(writeBuild({}, manifest()));
    expect(result.output).toMatch(/first screen \(src\/app\/routes\/applications\/list\.tsx/);
    expect(result.output).toContain('assets/table.js');
    expect(result.output).toContain('bundle-budget: passed.');
    expect(result.status).toBe(0);
  });

  it('fails an oversized first screen, naming the chunk and its biggest modules', () => {
    const man = manifest({ '_noise.js': { file: 'assets/noise.js' } }, ['_noise.js']);
    const modules = {
      'assets/noise.js': [
        { id: 'node_modules/noise/big.js', renderedLength: 400_000 },
        { id: 'src/lib/tiny.ts', renderedLength: 120 },
      ],
    };
    const dir = writeBuild({ 'assets/noise.js': noise(300) }, man, modules);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /FAIL first screen: 3\d\d\.\d KB gzip > 200\.0 KB, 1\d\d\.\d KB over/,
    );
    expect(result.output).toMatch(/\d+\.\d KB {2}assets\/noise\.js/);
    expect(result.output).toMatch(
      /400\.0 KB {2}node_modules\/noise\/big\.js {2}in assets\/noise\.js/,
    );
    expect(result.output).toContain('FAILED, over budget: first screen.');
    // The same build passes under a budget that allows it.
    expect(run(dir, '--first-screen-kb', '400').status).toBe(0);
  });

  it('fails a 160 KB route chunk, naming its source and modules', () => {
    const modules = {
      'assets/editor.js': [{ id: 'node_modules/editor/core.js', renderedLength: 500_000 }],
    };
    const dir = writeBuild({ 'assets/editor.js': noise(160) }, manifest(), modules);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /FAIL route chunk assets\/editor\.js \(src\/editor\.ts\): 16\d\.\d KB gzip > 150\.0 KB/,
    );
    expect(result.output).toMatch(/500\.0 KB {2}node_modules\/editor\/core\.js/);
    // Not the first screen's problem: the editor is a dynamic import.
    expect(result.output).not.toContain('FAIL first screen');
    expect(run(dir, '--route-kb=200').status).toBe(0);
  });

  it('explains a missing build or a bad option (exit 2)', () => {
    const empty = writeFiles({});
    const missing = run(empty);
    expect(missing.status).toBe(2);
    expect(missing.output).toContain('no .vite/manifest.json');
    expect(run(empty, '--route-kb', 'lots').status).toBe(2);
    expect(run(empty, '--fast').output).toContain('unknown option --fast');
  });
});

describe('the report', () => {
  it('shows the ten biggest files and sums the rest', () => {
    const extra: Manifest = {};
    const sizes: Record<string, number> = { 'assets/index.js': 1_000 };
    for (let i = 0; i < 12; i += 1) {
      extra[`_c${String(i)}.js`] = { file: `assets/c${String(i)}.js` };
      sizes[`assets/c${String(i)}.js`] = 2_000 + i;
    }
    const man = manifest(extra, Object.keys(extra));
    const text = formatReport(evaluateBudget({ manifest: man, gzipBytes: sizes }, limits));
    expect(text).toContain('2.0 KB  assets/c11.js');
    expect(text).toContain('6 smaller files');
    expect(text).not.toContain('FAIL');
  });
});
