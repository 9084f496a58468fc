// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../vite.config';
import { mayRunProject } from '../e2e/support/production-servers';
import { Browser, withTestApi } from '../mocks/http-server/test-support';
import { readPreviewConfig } from './preview-prod-config';
import { CSP_NONCE_PLACEHOLDER } from './preview-prod-headers';
import { startPreviewServer, type PreviewServer } from './preview-prod-server';

/** A build as Vite writes it: index.html with the nonce placeholder, hashed assets, a map. */
function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'upshift-preview-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script type="module" src="/assets/index-abc.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script>`,
  );
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'index-abc.js.map'), '{}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');
  return dist;
}

const directives = (policy: string | null) =>
  new Map((policy ?? '').split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('npm run preview:prod', () => {
  const served = withTestApi();
  const dist = fakeBuild();
  let preview: PreviewServer;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${preview.url}${path}`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    const apiPort = Number(new URL(served.api.url).port);
    preview = await startPreviewServer({ dist, port: 0, apiPort, sourceMaps: false });
  });
  afterAll(async () => {
    await preview.close();
    rmSync(dist, { recursive: true });
  });

  it('serves every route of the app as index.html with a strict CSP and a fresh nonce each time', async () => {
    const [first, second] = [await get('/'), await get('/applications/app-001/upgrade/version')];
    const nonces: string[] = [];
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('same-origin');
      expect(response.headers.get('X-Frame-Options')).toBe('DENY');
      const policy = response.headers.get('Content-Security-Policy');
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      const csp = directives(policy);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
      const [, nonceSource] = csp.get('style-src') ?? [];
      const nonce = /^'nonce-([A-Za-z0-9+/]{22}==)'$/.exec(nonceSource ?? '')?.[1] ?? '';
      const html = await response.text();
      expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
      expect(html.match(/nonce="([^"]+)"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("serves the build's files with the same headers; hashed assets are cached for good", async () => {
    const asset = await get('/assets/index-abc.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await get('/favicon.svg')).headers.get('Cache-Control')).toBe('no-cache');
  });

  it('answers 404, not the page, for a missing asset, a source map or the build manifest, and 400 for a path out of the build', async () => {
    expect((await get('/assets/gone-123.js')).status).toBe(404);
    expect((await get('/assets/index-abc.js.map')).status).toBe(404);
    expect((await get('/.vite/manifest.json')).status).toBe(404);
    expect((await get('/assets/..%2f..%2fpackage.json')).status).toBe(400);
    const posted = await fetch(`${preview.url}/applications`, { method: 'POST' });
    expect(posted.status).toBe(405);
  });

  it('passes /api to the API server: its answers, its session cookie (no Secure on plain HTTP)', async () => {
    const me = await get('/api/v1/identity/me');
    expect(me.status).toBe(401);
    expect(me.headers.get('Content-Type')).toBe('application/problem+json');
    expect(me.headers.get('X-Content-Type-Options')).toBe('nosniff');

    const person = new Browser({ url: `${preview.url}/api/v1` });
    const signedIn = await person.signIn('u-operator');
    expect(signedIn.status).toBe(303);
    const [cookie = ''] = signedIn.headers.getSetCookie();
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    expect(await person.send('GET', '/identity/me')).toMatchObject({
      status: 200,
      body: { id: 'u-operator' },
    });
    // The sign-in page keeps its own, stricter policy.
    const page = await get('/api/v1/sign-in');
    expect(page.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'/);
    expect(await person.send('POST', '/sign-out')).toMatchObject({ status: 204 });
    expect(await person.send('GET', '/identity/me')).toMatchObject({ status: 401 });
  });

  it('answers 502 as a problem when the API server is not there', async () => {
    const alone = await startPreviewServer({ dist, port: 0, apiPort: 9, sourceMaps: false });
    try {
      const response = await fetch(`${alone.url}/api/v1/identity/me`);
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ status: 502, title: 'Bad gateway' });
    } finally {
      await alone.close();
    }
  });

  it('serves source maps only when asked, and refuses to start without a build', async () => {
    const withMaps = await startPreviewServer({ dist, port: 0, apiPort: 9, sourceMaps: true });
    try {
      expect((await fetch(`${withMaps.url}/assets/index-abc.js.map`)).status).toBe(200);
    } finally {
      await withMaps.close();
    }
    await expect(
      startPreviewServer({ dist: join(dist, 'nothing'), port: 0, apiPort: 9, sourceMaps: false }),
    ).rejects.toThrow(/index\.html does not exist: build the console first/);
  });

  it('replaces the placeholder the build writes (vite.config.ts)', () => {
    const config =
      typeof viteConfig === 'function'
        ? viteConfig({ mode: 'production', command: 'build' })
        : viteConfig;
    expect(config).toMatchObject({ html: { cspNonce: CSP_NONCE_PLACEHOLDER } });
  });

  it('reads its settings from the environment, naming a wrong one', () => {
    expect(readPreviewConfig({})).toEqual({
      port: 4174,
      apiPort: 8787,
      dist: 'dist',
      sourceMaps: false,
    });
    expect(
      readPreviewConfig({
        UPSHIFT_PREVIEW_PORT: '4341',
        UPSHIFT_SOURCEMAP: 'true',
        UPSHIFT_DIST: '',
      }),
    ).toMatchObject({ port: 4341, dist: 'dist', sourceMaps: true });
    expect(() => readPreviewConfig({ UPSHIFT_API_PORT: 'api' })).toThrow(/UPSHIFT_API_PORT/);
  });
});

describe('the Playwright config starts a project’s servers only when the run may use them', () => {
  const run = (...args: string[]) => ['node', 'playwright', 'test', ...args];

  it.each([
    [run(), true, true],
    [run('--project=chromium'), true, false],
    [run('--project', 'production'), false, true],
    [run('e2e/specs/smoke.spec.ts', '--workers=1'), true, false],
    [run('e2e/specs-production/deployable-bundle.spec.ts'), false, true],
    [run('smoke'), true, true],
    [run('-c', 'e2e/other.config.ts', 'e2e/specs-production'), false, true],
    [['node', 'playwright', 'show-report'], true, true],
  ])('%j: e2e %s, production %s', (argv, chromium, production) => {
    expect(mayRunProject(argv, 'chromium')).toBe(chromium);
    expect(mayRunProject(argv, 'production')).toBe(production);
  });
});
