import { env } from '@/config/env';
import type {
  Endpoint,
  EndpointBody,
  EndpointParams,
  EndpointQuery,
  EndpointResponse,
} from '@/contract/endpoint';
import { safeParse } from 'zod/mini';
import { ApiError, contractError, networkError, timeoutError, toProblem } from './problem';

export interface CallOptions<E extends Endpoint> {
  params?: EndpointParams<E>;
  query?: EndpointQuery<E>;
  body?: EndpointBody<E>;
  /** Required by endpoints that start an Operation; reuse it when retrying the same request. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

type Listener = (error: ApiError) => void;
const unauthorizedListeners = new Set<Listener>();

/** The shell listens so a 401 anywhere shows the sign-in state. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function buildUrl(endpoint: Endpoint, params?: object, query?: object): string {
  const values = (params ?? {}) as Record<string, unknown>;
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`Missing path parameter "${name}" for ${endpoint.id}`);
    }
    if (value === '') throw new Error(`Missing path parameter "${name}" for ${endpoint.id}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') search.append(key, String(item));
    }
  }
  const qs = search.toString();
  return `${env.VITE_API_BASE_URL}${path}${qs ? `?${qs}` : ''}`;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export async function apiCall<E extends Endpoint>(
  endpoint: E,
  options: CallOptions<E> = {},
): Promise<EndpointResponse<E>> {
  const url = buildUrl(endpoint, options.params as object, options.query as object);
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (endpoint.startsOperation) {
    if (!options.idempotencyKey) throw new Error(`${endpoint.id} needs an Idempotency-Key`);
    headers['Idempotency-Key'] = options.idempotencyKey;
  }

  if (
    endpoint.revisioned &&
    typeof (options.body as { revision?: unknown } | undefined)?.revision !== 'number'
  ) {
    throw new Error(`${endpoint.id} edits a resource: send the revision it was read at`);
  }

  const timeout = AbortSignal.timeout(env.VITE_API_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(url, {
      method: endpoint.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (timeout.aborted) throw timeoutError(env.VITE_API_TIMEOUT_MS);
    if (options.signal?.aborted) throw cause;
    throw networkError(cause instanceof Error ? cause.message : String(cause));
  }

  const body = await readJson(response);
  if (!response.ok) {
    const problem = toProblem(response.status, response.statusText, body);
    const error = new ApiError('http', problem, endpoint);
    if (error.status === 401) unauthorizedListeners.forEach((listen) => listen(error));
    throw error;
  }
  const parsed = safeParse(endpoint.response, body);
  if (!parsed.success) throw contractError(endpoint.id, parsed.error);
  return parsed.data as EndpointResponse<E>;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
