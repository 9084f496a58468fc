import type { IncomingMessage, ServerResponse } from 'node:http';

/** Far above anything the contract accepts (its largest field is 64 KiB). */
const BODY_LIMIT = 1024 * 1024;

export class BodyTooLargeError extends Error {}

/** A Node request as the Fetch `Request` msw's handlers take, its body read in full. */
export async function toFetchRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  const headers = new Headers();
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) {
    headers.append(message.rawHeaders[i] ?? '', message.rawHeaders[i + 1] ?? '');
  }
  const method = message.method ?? 'GET';
  const hasBody = size > 0 && method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(message.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? new Uint8Array(Buffer.concat(chunks)) : undefined,
  });
}

/** Writes a Fetch `Response` out; a network error (the simulator "offline") drops the connection. */
export async function sendFetchResponse(response: Response, out: ServerResponse): Promise<void> {
  if (response.type === 'error') {
    out.destroy();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  headers['content-length'] = String(body.length);
  out.writeHead(response.status, headers);
  out.end(body);
}
