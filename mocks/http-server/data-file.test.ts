// @vitest-environment node
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFileError, fileStorage, writeTemp } from './file-storage';
import { Browser, startTestApi, tempFolder, withRealNetwork } from './test-support';

const ACCESS = '/applications/app-001/access';

describe('npm run api: the data file', () => {
  withRealNetwork();
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(() => {
    folder.remove();
  });

  /** Starts the server on the folder's file, signs in, runs `work`, stops it. */
  async function session<T>(work: (admin: Browser) => Promise<T>, simulatorControls = true) {
    const api = await startTestApi({ dataFile: folder.dataFile, simulatorControls });
    try {
      const admin = new Browser(api);
      await admin.signIn('u-admin');
      return await work(admin);
    } finally {
      await api.close();
    }
  }

  const editAccess = (admin: Browser) =>
    admin.send('GET', ACCESS).then((read) => admin.send('PUT', ACCESS, read.body));
  const accessRevision = (admin: Browser) =>
    admin.send('GET', ACCESS).then((read) => (read.body as { revision: number }).revision);

  it('starts from the seed without one, and keeps every answered change across a restart', async () => {
    expect(await session(accessRevision)).toBe(1);
    expect(await session((admin) => editAccess(admin))).toMatchObject({ status: 200 });
    expect(await session(accessRevision)).toBe(2);
  });

  it('keeps the committed state when a write dies between the temporary file and the rename', async () => {
    await session(editAccess);
    const committed = readFileSync(folder.dataFile, 'utf8');
    // The process dies right after writing the next state beside the file, before renaming it.
    const next = committed.replace('"revision":2', '"revision":3');
    expect(next).not.toBe(committed);
    writeTemp(folder.dataFile, next);

    expect(await session(accessRevision)).toBe(2);
    expect(readdirSync(dirname(folder.dataFile))).toEqual(['db.json']);
  });

  it.each([
    ['cut short', '{"version":4,"db":{"applications":['],
    ['empty', ''],
    ['saved by another version', '{"version":1,"db":{}}'],
  ])(
    'refuses to start on a file that is %s, naming it, and leaves it as it was',
    async (_, text) => {
      mkdirSync(dirname(folder.dataFile), { recursive: true });
      writeFileSync(folder.dataFile, text);

      const start = startTestApi({ dataFile: folder.dataFile });

      await expect(start).rejects.toThrow(DataFileError);
      await expect(start).rejects.toThrow(`Cannot use the data file ${folder.dataFile}: `);
      expect(readFileSync(folder.dataFile, 'utf8')).toBe(text);
      // The refusal let go of the simulator: the next start on a good file works.
      folder.remove();
      folder = tempFolder();
      expect(await session(accessRevision)).toBe(1);
    },
  );

  it('refuses a data file it cannot read', () => {
    mkdirSync(folder.dataFile, { recursive: true });
    expect(() => fileStorage(folder.dataFile).load()).toThrow(
      `Cannot use the data file ${folder.dataFile}: EISDIR`,
    );
  });

  it('without UPSHIFT_SIMULATOR has no simulator controls, and nothing simulated stays on', async () => {
    await session((admin) => admin.send('PATCH', '/simulator/scenario', { latencyMs: 10 }));
    const saved = () =>
      JSON.parse(readFileSync(folder.dataFile, 'utf8')) as {
        db: { scenario: { latencyMs: number } };
      };
    expect(saved().db.scenario.latencyMs).toBe(10);

    const reset = await session((admin) => admin.send('POST', '/simulator/reset'), false);

    expect(reset.status).toBe(404);
    expect(saved().db.scenario.latencyMs).toBe(0);
  });
});
