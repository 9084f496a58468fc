import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { server as mswServer } from '../node';
import { startApiServer, type ApiServer, type ApiServerOptions } from './server';

/**
 * The tests of a file talk to a real server over real HTTP: msw's interception of `fetch`
 * (src/testing/setup.ts) is off while they run, and back for the next file.
 */
export function withRealNetwork() {
  beforeAll(() => {
    mswServer.close();
  });
  afterAll(() => {
    mswServer.listen({ onUnhandledRequest: 'error' });
  });
}

/** A fresh folder for a data file; `remove` when done. */
export function tempFolder(): { dataFile: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'upshift-api-'));
  return { dataFile: join(path, 'db.json'), remove: () => rmSync(path, { recursive: true }) };
}

/** `npm run api` in this process, on a free port, quiet, its clock ticking fast. */
export function startTestApi(options: Partial<ApiServerOptions> & { dataFile: string }) {
  return startApiServer({
    port: 0,
    simulatorControls: true,
    tickMs: 50,
    log: () => undefined,
    ...options,
  });
}

/** One API server for the tests of a file, on a fresh data file, over the real network. */
export function withTestApi(): { readonly api: ApiServer; readonly dataFile: string } {
  withRealNetwork();
  const folder = tempFolder();
  let api: ApiServer | undefined;
  beforeAll(async () => {
    api = await startTestApi({ dataFile: folder.dataFile });
  });
  afterAll(async () => {
    await api?.close();
    folder.remove();
  });
  return {
    get api() {
      if (!api) throw new Error('The API server starts in beforeAll');
      return api;
    },
    dataFile: folder.dataFile,
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A browser of one person: their session cookie on every call. */
export class Browser {
  cookie = '';

  constructor(private readonly api: Pick<ApiServer, 'url'>) {}

  async signIn(userId: string): Promise<Reply> {
    const reply = await this.send('POST', '/sign-in', new URLSearchParams({ userId }));
    this.cookie = reply.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    return reply;
  }

  async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const form = body instanceof URLSearchParams;
    const response = await fetch(`${this.api.url}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...(body === undefined ? {} : { 'Content-Type': form ? FORM : 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : form ? body.toString() : JSON.stringify(body),
    });
    const text = await response.text();
    const json = response.headers.get('Content-Type')?.includes('json');
    return {
      status: response.status,
      headers: response.headers,
      body: json ? (JSON.parse(text) as unknown) : text,
    };
  }
}

const FORM = 'application/x-www-form-urlencoded';
