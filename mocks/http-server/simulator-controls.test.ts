// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OperationRecord } from '../core/state';
import { Browser, withTestApi } from './test-support';

describe('npm run api: the simulator controls under /api/v1/simulator', () => {
  const served = withTestApi();
  let admin: Browser;
  beforeEach(async () => {
    admin = new Browser(served.api);
    await admin.signIn('u-admin');
  });

  const saved = () =>
    (JSON.parse(readFileSync(served.dataFile, 'utf8')) as { db: { operations: OperationRecord[] } })
      .db;

  it('resets the data to the seed', async () => {
    const access = await admin.send('GET', '/applications/app-001/access');
    await admin.send('PUT', '/applications/app-001/access', access.body);
    expect((await admin.send('GET', '/applications/app-001/access')).body).toMatchObject({
      revision: 2,
    });

    expect((await admin.send('POST', '/simulator/reset')).status).toBe(204);

    expect((await admin.send('GET', '/applications/app-001/access')).body).toMatchObject({
      revision: 1,
    });
  });

  it('switches scenarios: a failing endpoint, then offline, then back to normal', async () => {
    const failing = { failure: { endpointId: 'listApplications', status: 503 } };
    expect(await admin.send('PATCH', '/simulator/scenario', failing)).toMatchObject({
      status: 200,
      body: failing,
    });
    expect((await admin.send('GET', '/applications')).status).toBe(503);

    await admin.send('PATCH', '/simulator/scenario', { failure: null, offline: true });
    await expect(admin.send('GET', '/applications')).rejects.toThrow();

    expect(await admin.send('DELETE', '/simulator/scenario')).toMatchObject({
      body: { offline: false, failure: null },
    });
    expect((await admin.send('GET', '/applications')).status).toBe(200);
  });

  it('refuses what a control does not take, naming the field', async () => {
    expect(
      await admin.send('PATCH', '/simulator/scenario', { latencyMs: -1, offline: 'yes' }),
    ).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'latencyMs' }, { field: 'offline' }] },
    });
    expect(
      await admin.send('PUT', '/simulator/servers/no-such-server/faults', { noSudo: true }),
    ).toMatchObject({ status: 422, body: { detail: 'No server "no-such-server"' } });
    expect((await admin.send('GET', '/simulator/nothing-here')).status).toBe(404);
    const wrongMethod = await admin.send('GET', '/simulator/reset');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('POST');
  });

  it("sets a server's faults, as window.upshiftSimulator.serverFaults does", async () => {
    expect(
      (await admin.send('PUT', '/simulator/servers/spacetech/faults', { noSudo: true })).status,
    ).toBe(204);
    const state = await admin.send('GET', '/simulator/state');
    expect(state.body).toMatchObject({
      servers: expect.arrayContaining([
        expect.objectContaining({ id: 'spacetech', faults: { noSudo: true } }),
      ]) as unknown,
    });
  });

  it('finishes operations on the simulated clock with no request, and the data file keeps up', async () => {
    await admin.send('PATCH', '/simulator/scenario', { operationSpeed: 1000 });
    const started = await admin.send('POST', '/applications/app-001/readiness-checks', undefined, {
      'Idempotency-Key': 'clock-1',
    });
    const { id } = started.body as { id: string };

    await vi.waitFor(
      () => {
        expect(saved().operations.find((op) => op.id === id)?.status).toBe('succeeded');
      },
      { timeout: 5000, interval: 50 },
    );
    await admin.send('DELETE', '/simulator/scenario');
  });
});
