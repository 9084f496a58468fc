import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { everyResponseHeaders, htmlHeaders, newNonce, withNonce } from './preview-prod-headers';
import { proxyToApi } from './preview-prod-proxy';
import { fileOf, isFile } from './static-files';

export interface PreviewOptions {
  /** The production build to serve (`npm run build:app` writes `dist`). */
  dist: string;
  /** 0: any free port. */
  port: number;
  /** Where `/api` goes: the API server on 127.0.0.1. */
  apiPort: number;
  /** Serve `*.map` files (only when the build made them and someone asked). */
  sourceMaps: boolean;
}

export interface PreviewServer {
  url: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function plain(out: ServerResponse, status: number, text: string, extra: object = {}) {
  out.writeHead(status, {
    ...everyResponseHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    ...extra,
  });
  out.end(text);
}

function isHidden(file: string, root: string): boolean {
  return file
    .slice(root.length)
    .split(sep)
    .some((part) => part.startsWith('.'));
}

/** A route of the single-page app (a page load), not a missing file the page asked for. */
function isPageRoute(pathname: string, message: IncomingMessage): boolean {
  if (pathname.startsWith('/assets/')) return false;
  return extname(pathname) === '' || (message.headers.accept ?? '').includes('text/html');
}

async function sendHtml(out: ServerResponse, file: string, head: boolean) {
  const nonce = newNonce();
  const body = withNonce(await readFile(file, 'utf8'), nonce);
  out.writeHead(200, htmlHeaders(nonce));
  out.end(head ? undefined : body);
}

async function sendFile(out: ServerResponse, file: string, pathname: string, head: boolean) {
  const body = await readFile(file);
  out.writeHead(200, {
    ...everyResponseHeaders,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(body.length),
    // Vite names what it emits under assets/ by content hash: a new build is a new name.
    'Cache-Control': pathname.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  out.end(head ? undefined : body);
}

/**
 * The production build as a deployment would serve it: `/api/*` proxied to the API server,
 * every other GET a file of the build or, for a route of the app, index.html with a fresh CSP
 * nonce; the headers of preview-prod-headers.ts on every answer.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const root = resolve(options.dist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} does not exist: build the console first (npm run build:app).`);
  }

  const serve = async (message: IncomingMessage, out: ServerResponse) => {
    const { pathname } = new URL(message.url ?? '/', 'http://preview.invalid');
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      proxyToApi(message, out, options.apiPort);
      return;
    }
    const head = message.method === 'HEAD';
    if (message.method !== 'GET' && !head) {
      plain(out, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const file = fileOf(root, pathname);
    if (file === null) {
      plain(out, 400, 'Bad request');
    } else if ((file.endsWith('.map') && !options.sourceMaps) || isHidden(file, root)) {
      // Source maps (unless asked for) and dot folders (the build's .vite/ manifest and module
      // list name source files) are the build's, not the site's.
      plain(out, 404, 'Not found');
    } else if (await isFile(file)) {
      await (extname(file) === '.html'
        ? sendHtml(out, file, head)
        : sendFile(out, file, pathname, head));
    } else if (isPageRoute(pathname, message)) {
      await sendHtml(out, index, head);
    } else {
      plain(out, 404, 'Not found');
    }
  };

  const server = createServer((message, out) => {
    serve(message, out).catch((error: unknown) => {
      if (out.headersSent) out.destroy();
      else plain(out, 500, `Internal error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolveListen);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
