import * as z from 'zod/mini';
import type { Endpoint, EndpointResponse } from '@/contract/endpoint';
import type { User } from '@/contract/identity';
import { permissionsOf } from '@/contract/permissions';
import type { Db } from '../db';
import { advanceOperations } from './operations';
import { fieldErrorsOf, ProblemError, problems } from './problems';
import { consoleRoleOf } from './identity';
import { routeHost } from './route-host';
import { simulator } from '../simulator';

const API_BASE = '/api/v1';

/** Requests still being handled, by Idempotency-Key: a double click waits for the first. */
const inflight = new Map<string, Promise<void>>();

export interface RouteContext<E extends Endpoint> {
  params: E extends Endpoint<infer P> ? z.output<P> : never;
  query: E extends Endpoint<z.core.$ZodType, infer Q> ? z.output<Q> : never;
  body: E extends Endpoint<z.core.$ZodType, z.core.$ZodType, infer B> ? z.output<B> : never;
  user: User;
  db: Db;
  now: number;
  request: Request;
}

type Resolver<E extends Endpoint> = (
  ctx: RouteContext<E>,
) => EndpointResponse<E> | Promise<EndpointResponse<E>>;

/** A path's values by name, as the contract's `{name}` segments took them from the URL. */
type PathParams = Record<string, string>;

/** One endpoint of the simulated API: which requests it answers, and how. */
export interface SimRoute {
  method: string;
  /** The path's values when `pathname` is this endpoint's path, else null. */
  match: (pathname: string) => PathParams | null;
  handle: (request: Request, params: PathParams) => Promise<Response>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/**
 * Matches as msw's own path patterns did: any origin, any case, an optional trailing slash, and
 * each `{name}` one decoded segment. Compiled once, not for every request.
 */
function pathMatcher(path: string): SimRoute['match'] {
  const names: string[] = [];
  const source = (API_BASE + path)
    .split(/\{(\w+)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return escapeRegExp(part);
      names.push(part);
      return '([^/]+?)';
    })
    .join('');
  const pattern = new RegExp(`^${source}/?$`, 'i');
  return (pathname) => {
    const found = pattern.exec(pathname);
    if (!found) return null;
    try {
      return Object.fromEntries(
        names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]),
      );
    } catch {
      return null; // Not a valid percent-encoding: no endpoint has this path.
    }
  };
}

/** Answers a request to the simulated API, or gives undefined when no endpoint has its path. */
export type ApiAnswerer = (request: Request) => Promise<Response> | undefined;

/**
 * The simulated API as one answerer: it finds the endpoint itself, in the order given. With one
 * msw handler per endpoint, msw parsed the URL and every cookie, and compiled the endpoint's path,
 * for each endpoint it tried: in standalone mode at 4x CPU, a request to an endpoint late in the
 * list (the audit log's, the Inbox's) took 23 ms of the page's main thread instead of 14. It uses
 * nothing of msw's, so the service worker that serves the standalone console can run it.
 */
export function simulatedApi(routes: readonly SimRoute[]): ApiAnswerer {
  return (request) => {
    const { pathname } = new URL(request.url);
    for (const candidate of routes) {
      if (candidate.method !== request.method) continue;
      const params = candidate.match(pathname);
      if (params) return candidate.handle(request, params);
    }
    return undefined;
  };
}

/** Waits `ms` milliseconds, or for ever with `'infinite'` (a simulated timeout). */
function delay(ms: number | 'infinite'): Promise<void> {
  return new Promise((resolve) => {
    if (ms !== 'infinite') setTimeout(resolve, ms);
  });
}

/** Query string → object; repeated keys become arrays, as the contract's schemas expect. */
function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

function problemResponse(error: ProblemError) {
  return Response.json(error.problem, {
    status: error.problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A request's JSON body, undefined when it has none; 400 when it is not JSON. */
export async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problems.badRequest('The request body is not valid JSON.');
  }
}

/**
 * Serves one contract endpoint: simulated scenario first, then the checks every real server
 * makes (session, input validation, permission, idempotency), then the handler's own rules.
 */
export function route<E extends Endpoint>(endpoint: E, resolve: Resolver<E>): SimRoute {
  const handle = async (request: Request, rawParams: PathParams): Promise<Response> => {
    const { scenario } = simulator.db;
    if (scenario.latencyMs > 0) await delay(scenario.latencyMs);
    if (scenario.offline) return Response.error();
    if (scenario.timeoutEndpointId === endpoint.id) await delay('infinite');
    if (scenario.failure?.endpointId === endpoint.id) {
      return problemResponse(problems.scenario(scenario.failure, endpoint.id));
    }
    if (scenario.malformedEndpointId === endpoint.id) {
      return Response.json({ unexpected: 'shape', items: 'not-a-list' });
    }
    // Simulated latency and timeouts above wait outside the turn: they hold up no other request.
    return routeHost().exclusive(() => serve(endpoint, resolve, request, rawParams), request);
  };
  return { method: endpoint.method, match: pathMatcher(endpoint.path), handle };
}

async function serve<E extends Endpoint>(
  endpoint: E,
  resolve: Resolver<E>,
  request: Request,
  rawParams: PathParams,
): Promise<Response> {
  const { db } = simulator;
  const now = simulator.now();
  try {
    const ticked = advanceOperations(db, now);
    const userId = routeHost().userIdOf(request, db);
    const user = db.users.find((u) => u.id === userId);
    if (!user) throw problems.unauthorized();

    const params = parse(endpoint.params, rawParams, 400, 'path');
    const query = parse(endpoint.query, queryObject(new URL(request.url)), 400, 'query');
    const rawBody = endpoint.body ? await readBody(request) : undefined;
    const body = parse(endpoint.body, rawBody, 422, 'body');

    if (endpoint.permission && !permissionsOf(consoleRoleOf(user)).includes(endpoint.permission)) {
      throw problems.forbidden(endpoint.permission);
    }

    const key = request.headers.get('Idempotency-Key');
    const fingerprint = `${endpoint.id} ${request.url} ${JSON.stringify(rawBody ?? null)} ${user.id}`;
    if (endpoint.startsOperation) {
      if (!key)
        throw problems.badRequest('This request starts work and needs an Idempotency-Key header.');
      while (inflight.has(key)) await inflight.get(key);
      const seen = db.idempotency[key];
      if (seen && seen.fingerprint !== fingerprint) {
        throw problems.unprocessable(
          'Idempotency-Key reused',
          'This Idempotency-Key was already used for a different request.',
        );
      }
      if (seen) return Response.json(seen.body, { status: seen.status });
    }

    let finish: () => void = () => undefined;
    if (endpoint.startsOperation && key) inflight.set(key, new Promise<void>((r) => (finish = r)));
    try {
      const result = await resolve({
        params,
        query,
        body,
        user,
        db,
        now,
        request,
      } as RouteContext<E>);
      // The simulator checks itself against the contract too: a bug here must not pass silently.
      const checked = z.parse(endpoint.response, result);
      if (endpoint.startsOperation && key) {
        db.idempotency[key] = { fingerprint, status: endpoint.status, body: checked };
      }
      if (endpoint.method !== 'GET' || ticked) simulator.persist();
      return Response.json(checked, { status: endpoint.status });
    } finally {
      if (endpoint.startsOperation && key) inflight.delete(key);
      finish();
    }
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error);
    console.error('[simulator]', error);
    return problemResponse(
      new ProblemError({
        type: 'about:blank',
        title: 'Internal server error',
        status: 500,
        detail: String(error),
      }),
    );
  }
}

function parse(
  schema: z.core.$ZodType | undefined,
  value: unknown,
  status: 400 | 422,
  where: string,
): unknown {
  if (!schema) return where === 'body' ? undefined : {};
  const result = z.safeParse(schema, value ?? (where === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const errors = fieldErrorsOf(result.error.issues);
  if (status === 400) throw problems.badRequest(`Invalid ${where} parameters.`, errors);
  throw problems.unprocessable(
    'Some fields are not valid',
    'Correct the highlighted fields and try again.',
    errors,
  );
}
