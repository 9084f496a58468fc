import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { apiFallbackHeaders } from './preview-prod-headers';

/** Headers of one connection, not of the request: never forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

function forwardable(headers: IncomingMessage['headers']): IncomingMessage['headers'] {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())),
  );
}

function badGateway(out: ServerResponse, apiPort: number) {
  if (out.headersSent) {
    out.destroy();
    return;
  }
  out.writeHead(502, { ...apiFallbackHeaders, 'Content-Type': 'application/problem+json' });
  out.end(
    JSON.stringify({
      type: 'about:blank',
      title: 'Bad gateway',
      status: 502,
      detail: `The API server on port ${String(apiPort)} did not answer.`,
    }),
  );
}

/**
 * Passes the request to the API server on 127.0.0.1:`apiPort` as it came: same path, cookies,
 * and Host (the sign-in page compares the Referer with it), plus the usual X-Forwarded-*.
 */
export function proxyToApi(message: IncomingMessage, out: ServerResponse, apiPort: number) {
  const upstream = httpRequest(
    {
      host: '127.0.0.1',
      port: apiPort,
      method: message.method,
      path: message.url,
      headers: {
        ...forwardable(message.headers),
        'X-Forwarded-For': message.socket.remoteAddress ?? '',
        'X-Forwarded-Host': message.headers.host ?? '',
        'X-Forwarded-Proto': 'http',
      },
    },
    (answer) => {
      const headers = forwardable(answer.headers);
      for (const [name, value] of Object.entries(apiFallbackHeaders)) {
        headers[name.toLowerCase()] ??= value;
      }
      out.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(out);
    },
  );
  upstream.on('error', () => badGateway(out, apiPort));
  // A browser that goes away mid-answer takes its upstream request with it.
  out.on('close', () => {
    if (!out.writableFinished) upstream.destroy();
  });
  message.pipe(upstream);
}
