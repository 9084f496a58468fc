import type { $ZodError } from 'zod/v4/core';
import { Problem, type FieldError } from '@/contract/common';
import { adviceFor, refusalTitle, type ProblemSource } from './problem-wording';

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'contract';

/** Every failure of an API call, whatever its cause, reaches the UI as one of these. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** The problem's title, or one naming what failed when the server said only its status. */
  readonly title: string;
  readonly detail?: string;
  /** What to do next, from the status: shown when the server gave no detail. */
  readonly advice: string;
  /** The endpoint the failure came from, when known. */
  readonly endpointId?: string;
  readonly type: string;
  readonly fieldErrors: Record<string, string>;
  readonly requiredRoles: string[];
  readonly currentRevision?: number;

  constructor(kind: ApiErrorKind, problem: Problem, source?: ProblemSource) {
    // RFC 9457: "about:blank" adds nothing to the status, so its title is only the status phrase.
    const title =
      kind === 'http' && problem.type === 'about:blank'
        ? refusalTitle(source, problem.status)
        : problem.title;
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = problem.status;
    this.title = title;
    // A contract violation is the server's fault, like a 500.
    this.advice = adviceFor(kind === 'http' ? problem.status : kind === 'contract' ? 500 : kind);
    this.endpointId = source?.id;
    this.detail = problem.detail;
    this.type = problem.type;
    this.fieldErrors = fieldErrorMap(problem.errors ?? []);
    this.requiredRoles = problem.requiredRoles ?? [];
    this.currentRevision = problem.currentRevision;
  }

  get isConflict() {
    return this.status === 409;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The server answered no (4xx): asking again the same way will not help. */
export function isRefusal(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}

function fieldErrorMap(errors: FieldError[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const e of errors) map[e.field] ??= e.message;
  return map;
}

/** Reads a problem+json body; anything else becomes a generic problem for its status. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  const parsed = Problem.safeParse(body);
  if (parsed.success) return parsed.data;
  return { type: 'about:blank', title: statusText || `HTTP ${status}`, status };
}

export function networkError(cause: string): ApiError {
  return new ApiError('network', {
    type: 'urn:upshift:network',
    title: 'The server could not be reached',
    status: 0,
    detail: `Check your network connection, then try again; nothing you entered was lost. (${cause})`,
  });
}

export function timeoutError(ms: number): ApiError {
  return new ApiError('timeout', {
    type: 'urn:upshift:timeout',
    title: 'The server took too long to answer',
    status: 0,
    detail: `No answer after ${Math.round(ms / 1000)} s. Nothing you entered was lost; try again.`,
  });
}

/** A response whose shape breaks the contract: readable, never a crash. */
export function contractError(endpointId: string, error: $ZodError): ApiError {
  const where = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return new ApiError('contract', {
    type: 'urn:upshift:contract-violation',
    title: 'The server sent data the console does not understand',
    status: 0,
    detail: `Response of ${endpointId} does not match the API contract (${where}).`,
  });
}
