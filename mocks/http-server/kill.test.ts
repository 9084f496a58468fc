// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Browser, startTestApi, tempFolder, withRealNetwork } from './test-support';

const root = resolve(import.meta.dirname, '../..');
const ACCESS = '/applications/app-001/access';

/** `npm run api` as its own process, on a free port; resolves with its API base once it listens. */
function spawnApi(dataFile: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(
    process.execPath,
    [resolve(root, 'node_modules/vite-node/dist/cli.mjs'), 'mocks/serve.ts'],
    {
      cwd: root,
      env: { ...process.env, UPSHIFT_API_PORT: '0', UPSHIFT_DATA: dataFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = new Promise<string>((found, failed) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Upshift API on (\S+)/.exec(out);
      if (match?.[1]) found(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => failed(new Error(`npm run api exited (${String(code)}): ${out}`)));
  });
  return { child, url };
}

describe('npm run api: killed in the middle of writes', () => {
  withRealNetwork();
  const folder = tempFolder();
  afterAll(() => folder.remove());

  it('loses no answered change and leaves a file it starts from again', async () => {
    const { child, url } = spawnApi(folder.dataFile);
    const exited = new Promise((done) => child.once('exit', done));
    let answered = 0;
    try {
      const admin = new Browser({ url: await url });
      await admin.signIn('u-admin');
      let read = (await admin.send('GET', ACCESS)).body as { revision: number };
      // Edits one after another; the kill lands while one is in flight.
      const writing = (async () => {
        for (;;) {
          const reply = await admin.send('PUT', ACCESS, read);
          read = reply.body as { revision: number };
          answered = read.revision;
        }
      })().catch(() => undefined);
      await vi.waitFor(() => expect(answered).toBeGreaterThanOrEqual(10), { timeout: 10_000 });
      child.kill('SIGKILL');
      await writing;
    } finally {
      child.kill('SIGKILL');
      await exited;
    }

    const api = await startTestApi({ dataFile: folder.dataFile });
    try {
      const admin = new Browser(api);
      await admin.signIn('u-admin');
      const { revision } = (await admin.send('GET', ACCESS)).body as { revision: number };
      // The one in flight may have been written before the kill, never half written.
      expect(revision === answered || revision === answered + 1).toBe(true);
    } finally {
      await api.close();
    }
  }, 30_000);
});
