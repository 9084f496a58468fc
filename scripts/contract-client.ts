import type { Endpoint } from '../src/contract/endpoint';

export interface CallArgs {
  params?: Record<string, string>;
  query?: Record<string, string>;
}

export interface CallInit {
  body?: unknown;
  idempotencyKey?: string;
}

export interface Answer {
  /** Method and path as called, relative to the API base, e.g. "GET /applications/app-001". */
  call: string;
  status: number;
  body: unknown;
}

const TIMEOUT_MS = 15_000;

/** The API base the contract's paths hang from: a bare origin gets `/api/v1`. */
export function apiBase(baseUrl: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path === '' ? '/api/v1' : path}`;
}

/** Fills an endpoint's `{name}` path parameters and appends its query. */
export function pathOf(endpoint: Endpoint, args: CallArgs = {}): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = args.params?.[name];
    if (value === undefined) throw new Error(`${endpoint.id}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams(args.query).toString();
  return query ? `${path}?${query}` : path;
}

/** Calls any server that claims the contract, with the headers it needs (a session cookie…). */
export class ContractClient {
  readonly base: string;
  private readonly headers: Record<string, string>;

  constructor(baseUrl: string, headers: Record<string, string> = {}) {
    this.base = apiBase(baseUrl);
    this.headers = { ...headers };
  }

  async call(endpoint: Endpoint, args: CallArgs = {}, init: CallInit = {}): Promise<Answer> {
    const path = pathOf(endpoint, args);
    const headers: Record<string, string> = { Accept: 'application/json', ...this.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.idempotencyKey) headers['Idempotency-Key'] = init.idempotencyKey;
    const response = await fetch(`${this.base}${path}`, {
      method: endpoint.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      // Not JSON: kept as text, and the check says it does not parse.
    }
    return { call: `${endpoint.method} ${path}`, status: response.status, body };
  }

  /** The simulator's sign-in (`npm run api`): its form answers with the session cookie. */
  async signInAs(userId: string): Promise<void> {
    const response = await fetch(`${this.base}/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ userId }).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
    if (response.status !== 303 || !cookie) {
      throw new Error(
        `Signing in as ${userId} at ${this.base}/sign-in failed: ${String(response.status)} ${response.statusText}`,
      );
    }
    this.headers.Cookie = cookie;
  }
}
