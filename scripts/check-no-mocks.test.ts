// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, 'check-no-mocks.mjs');
const dirs: string[] = [];

/** A fake build: path → content. */
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-no-mocks-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries({ 'index.html': '<!doctype html>', ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function check(...args: string[]) {
  return checkWith({}, ...args);
}

function checkWith(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, UPSHIFT_SOURCEMAP: '', ...env },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

const cleanChunk = 'export const app = () => document.title = "Upshift";';
const mockChunk =
  'window.upshiftSimulator={};localStorage.getItem("upshift.simulator.boot");' +
  'register("/simulator-sw.js");h.set("X-Simulator-Clock","1");new BroadcastChannel("upshift-simulator");' +
  'const t=["Simulator controls…","Standalone — simulated data","Reset demo data?"];';
const mockMap = JSON.stringify({
  version: 3,
  sources: ['../../mocks/browser.ts', '../../node_modules/msw/lib/browser/index.mjs'],
});

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check-no-mocks', () => {
  it('passes a build without the simulator', () => {
    const result = check(build({ 'assets/index.js': cleanChunk }));
    expect(result.output).toContain('passed');
    expect(result.status).toBe(0);
  });

  it('fails on source maps unless UPSHIFT_SOURCEMAP=true asked for them', () => {
    const dir = build({
      'assets/index.js': cleanChunk,
      'assets/index.js.map': JSON.stringify({ version: 3, sources: ['../../src/main.tsx'] }),
    });
    const refused = check(dir);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('FAIL source maps: 1');
    expect(checkWith({ UPSHIFT_SOURCEMAP: 'true' }, dir).status).toBe(0);
  });

  it('fails on the simulator service worker file', () => {
    const result = check(
      build({ 'assets/index.js': cleanChunk, 'simulator-sw.js': '/* worker */' }),
    );
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/FAIL simulator-sw\.js/);
  });

  it.each([
    'upshiftSimulator',
    'upshift.simulator.',
    '/simulator-sw.js',
    'X-Simulator-Clock',
    'upshift-simulator',
    'Simulator controls',
    'simulated data',
    'Reset demo data',
  ])('fails on a chunk containing %s', (marker) => {
    const result = check(
      build({ 'assets/chunk.js': `${cleanChunk}const m=${JSON.stringify(marker)};` }),
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain(`FAIL "${marker}"`);
  });

  it('fails on mocks/ sources in a source map', () => {
    const result = checkWith(
      { UPSHIFT_SOURCEMAP: 'true' },
      build({ 'assets/index.js': cleanChunk, 'assets/index.js.map': mockMap }),
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain('../../mocks/browser.ts');
  });

  it('--expect-mocks passes a build with the simulator and fails one without', () => {
    const withMocks = build({
      'assets/browser.js': mockChunk,
      'assets/browser.js.map': mockMap,
      'simulator-sw.js': '',
    });
    expect(check('--expect-mocks', withMocks).status).toBe(0);
    const withoutMocks = build({ 'assets/index.js': cleanChunk });
    const result = check('--expect-mocks', withoutMocks);
    expect(result.status).toBe(1);
    expect(result.output).toContain('should contain the simulator');
  });

  it('says so when there is no build', () => {
    const result = check(join(tmpdir(), 'no-such-build'));
    expect(result.status).toBe(2);
    expect(result.output).toContain('Build first');
  });
});
