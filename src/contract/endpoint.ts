import type { $ZodNever, $ZodType, input, output } from 'zod/v4/core';
import type { Permission } from './identity';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One operation of the HTTP API. The client calls only these, the simulator serves them and the
 * OpenAPI document is generated from them, so the three cannot drift apart.
 */
export interface Endpoint<
  P extends $ZodType = $ZodType,
  Q extends $ZodType = $ZodType,
  B extends $ZodType = $ZodType,
  R extends $ZodType = $ZodType,
> {
  id: string;
  method: HttpMethod;
  /** Relative to the API base, with `{name}` path parameters. */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status: number;
  /** Starts an Operation: the client sends an Idempotency-Key. */
  startsOperation?: boolean;
  /** The body carries the `revision` it edits; a stale one is a 409. */
  revisioned?: boolean;
  permission?: Permission;
  /** Statuses this endpoint documents besides its success. */
  errors: readonly number[];
}

export function defineEndpoint<
  P extends $ZodType = $ZodNever,
  Q extends $ZodType = $ZodNever,
  B extends $ZodType = $ZodNever,
  R extends $ZodType = $ZodType,
>(endpoint: Endpoint<P, Q, B, R>): Endpoint<P, Q, B, R> {
  return endpoint;
}

export type EndpointParams<E> = E extends Endpoint<infer P> ? input<P> : never;
export type EndpointQuery<E> = E extends Endpoint<$ZodType, infer Q> ? input<Q> : never;
export type EndpointBody<E> = E extends Endpoint<$ZodType, $ZodType, infer B> ? input<B> : never;
export type EndpointResponse<E> =
  E extends Endpoint<$ZodType, $ZodType, $ZodType, infer R> ? output<R> : never;
