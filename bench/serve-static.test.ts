// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withRealNetwork } from '../mocks/http-server/test-support';
import { floorRowsApi } from './floor/rows-api';
import { serveStatic, type StaticServer } from './serve-static';

const INDEX = '<!doctype html><div id="root"></div>';
const SCRIPT = 'console.log("floor");';
let site: string;
let server: StaticServer;

withRealNetwork();

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'serve-static-'));
  mkdirSync(join(site, 'assets'));
  writeFileSync(join(site, 'index.html'), INDEX);
  writeFileSync(join(site, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(site, 'assets', 'index-abc123.css'), 'body{margin:0}');
  server = await serveStatic({ root: site, port: 0, api: floorRowsApi });
});

afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('serveStatic', () => {
  it('listens on a free port of 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it('serves index.html at / as uncached, uncompressed HTML', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(INDEX);
  });

  it("sends the deployment's headers, as preview:prod does, so both sites load alike", async () => {
    for (const path of ['/', '/assets/index-abc123.js', '/missing.png']) {
      const response = await get(path);
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves a script and a stylesheet with their content types', async () => {
    const script = await get('/assets/index-abc123.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('no-store');
    expect(await script.text()).toBe(SCRIPT);
    const style = await get('/assets/index-abc123.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers a route of the app (no extension) with index.html', async () => {
    const response = await get('/large?search=app');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX);
  });

  it('answers 404 for a missing file and never serves outside its root', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    const escape = await get('/..%2f..%2f..%2fetc%2fhosts');
    expect(escape.status).toBe(400);
  });

  it('hands the rows API its requests: N deterministic rows', async () => {
    const response = await get('/floor-api/rows?count=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const { items } = (await response.json()) as { items: { name: string }[] };
    expect(items.map((row) => row.name)).toEqual(['app-00001', 'app-00002', 'app-00003']);
    const again = (await (await get('/floor-api/rows?count=3')).json()) as unknown;
    expect(again).toEqual({ items });
  });

  it('gives the rows API 50 rows by default and refuses a bad count', async () => {
    const { items } = (await (await get('/floor-api/rows')).json()) as { items: unknown[] };
    expect(items).toHaveLength(50);
    expect(items[41]).toMatchObject({ name: 'app-00042', project: expect.any(String) as string });
    expect((await get('/floor-api/rows?count=lots')).status).toBe(400);
    expect((await get('/floor-api/rows?count=100001')).status).toBe(400);
  });

  it('refuses to start without an index.html', async () => {
    await expect(serveStatic({ root: join(site, 'assets'), port: 0 })).rejects.toThrow(
      /index\.html does not exist/,
    );
  });
});
