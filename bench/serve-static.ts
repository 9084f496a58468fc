import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { everyResponseHeaders } from '../scripts/preview-prod-headers';
import { fileOf, isFile } from '../scripts/static-files';

export interface StaticOptions {
  /** The built site: index.html and its assets. */
  root: string;
  /** 0: any free port. */
  port: number;
  /** Asked first for every request; true when it answered. */
  api?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    ...everyResponseHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

async function sendFile(res: ServerResponse, file: string, head: boolean) {
  const body = await readFile(file);
  res.writeHead(200, {
    // The deployment's headers, as preview:prod sends them: its Cross-Origin-Opener-Policy makes
    // Chromium give the page a process of its own on navigation (~250 ms at 4x CPU here), which
    // a floor without it would skip and every real visit from another site pays anyway.
    ...everyResponseHeaders,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(body.length),
    // Every bench run is a fresh browser: nothing is worth caching, and no compression either
    // (the bench gzips the bodies itself for its size figures).
    'Cache-Control': 'no-store',
  });
  res.end(head ? undefined : body);
}

async function answer(root: string, req: IncomingMessage, res: ServerResponse) {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    plain(res, 405, 'Method not allowed');
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://static.invalid');
  const file = fileOf(root, pathname);
  if (file === null) {
    plain(res, 400, 'Bad request');
  } else if (await isFile(file)) {
    await sendFile(res, file, head);
  } else if (extname(pathname) === '') {
    // A route of the single-page app.
    await sendFile(res, join(root, 'index.html'), head);
  } else {
    plain(res, 404, 'Not found');
  }
}

/** A built single-page app over HTTP on 127.0.0.1, for the bench's browser. */
export async function serveStatic(options: StaticOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  if (!(await isFile(join(root, 'index.html')))) {
    throw new Error(`${join(root, 'index.html')} does not exist: build the site first.`);
  }
  const server = createServer((req, res) => {
    if (options.api?.(req, res)) return;
    answer(root, req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else plain(res, 500, String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
