// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ApiServer } from '../mocks/http-server/server';
import { Browser, withTestApi } from '../mocks/http-server/test-support';
import { simulator } from '../mocks/simulator';
import { endpoints } from '../src/contract/endpoints';
import { checkContract } from './contract-check';
import { runContractCli } from './contract-cli';

/** A tiny server in front of the API that breaks one field of every application detail. */
function breakingProxy(api: ApiServer): Promise<Server> {
  const origin = new URL(api.url).origin;
  const proxy = createServer((request, response) => {
    void (async () => {
      const path = request.url ?? '/';
      const upstream = await fetch(`${origin}${path}`, {
        headers: { Cookie: request.headers.cookie ?? '' },
      });
      let body = await upstream.text();
      if (/^\/api\/v1\/applications\/[^/?]+$/.test(path) && upstream.ok) {
        const detail = JSON.parse(body) as { infrastructure: { replicas: unknown } };
        detail.infrastructure.replicas = 'three';
        body = JSON.stringify(detail);
      }
      response.writeHead(upstream.status, { 'Content-Type': 'application/json' });
      response.end(body);
    })();
  });
  return new Promise((listening) => proxy.listen(0, '127.0.0.1', () => listening(proxy)));
}

async function run(...argv: string[]) {
  const lines: string[] = [];
  const status = await runContractCli(argv, (line) => lines.push(line));
  return { status, output: lines.join('\n') };
}

describe('npm run contract: a conformance check of any server', () => {
  const served = withTestApi();

  it('passes against npm run api: every read, and the write round trip', async () => {
    const admin = new Browser(served.api);
    await admin.signIn('u-admin');
    // The seed has no platform upgrade plan: one to read.
    const plan = { infrastructureId: 'northwind', to: '11.19.0' };
    expect((await admin.send('POST', '/platform/upgrade-plans', plan)).status).toBe(201);

    const report = await checkContract({
      baseUrl: new URL(served.api.url).origin,
      as: 'u-admin',
      allowWrites: true,
    });

    expect(report.results.filter((r) => r.outcome !== 'passed')).toEqual([]);
    const reads = Object.values(endpoints).filter((x) => x.method === 'GET');
    const writes = [endpoints.updateNotification, endpoints.startReadinessCheck];
    expect(report.results.map((r) => r.id).sort()).toEqual(
      [...reads, ...writes].map((x) => x.id).sort(),
    );
  });

  it('changes nothing on the server without --allow-writes', async () => {
    const { audit, notifications, operations } = simulator.db;
    const before = JSON.stringify({ audit, notifications, operations });

    const { status, output } = await run('--base-url', served.api.url, '--as', 'u-viewer');

    expect(status).toBe(0);
    expect(output).toContain('(signed in as u-viewer)');
    expect(output).not.toContain('FAIL');
    const after = simulator.db;
    expect(
      JSON.stringify({
        audit: after.audit,
        notifications: after.notifications,
        operations: after.operations,
      }),
    ).toBe(before);
  });

  it('fails against a broken answer, naming the endpoint, the call and the field', async () => {
    const admin = new Browser(served.api);
    await admin.signIn('u-admin');
    const proxy = await breakingProxy(served.api);
    try {
      const { port } = proxy.address() as AddressInfo;
      const base = `http://127.0.0.1:${String(port)}`;

      const { status, output } = await run(
        '--base-url',
        base,
        '--header',
        `Cookie: ${admin.cookie}`,
      );

      expect(status).toBe(1);
      expect(output).toMatch(/^ {2}FAIL {2}getApplication +GET \/applications\/\{applicationId\}/m);
      expect(output).toMatch(
        /GET \/applications\/app-\d+ → 200, but the body breaks the contract: infrastructure\.replicas: Invalid input: expected number, received string$/m,
      );
      expect(output).toMatch(/^ {2}pass {2}getApplicationAccess /m);
      expect(output).toMatch(/1 failed/);
    } finally {
      await new Promise((closed) => proxy.close(closed));
    }
  });

  it('says how to use it when the base URL is missing', async () => {
    const { status, output } = await run('--allow-writes');
    expect(status).toBe(2);
    expect(output).toContain('contract: --base-url is required');
    expect(output).toContain('Usage: npm run contract -- --base-url URL');
  });
});
