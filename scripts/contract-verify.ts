import { z } from 'zod';
import { Problem } from '../src/contract/common';
import type { Endpoint, EndpointResponse } from '../src/contract/endpoint';
import type { Answer } from './contract-client';

export type Verdict<V = unknown> =
  | { kind: 'ok'; value: V }
  /** A documented refusal (404, 409, 422) in a valid problem body: nothing to check it against. */
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; reason: string };

/** Statuses a read or a round trip may meet on real data without the server being wrong. */
const REFUSALS = [404, 409, 422];
const MAX_ISSUES = 3;

/** "infrastructure.replicas: Invalid input: expected number, received string" (first three). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${issue.path.map(String).join('.') || '(the whole body)'}: ${issue.message}`);
  const more =
    issues.length > MAX_ISSUES ? ` (and ${String(issues.length - MAX_ISSUES)} more)` : '';
  return shown.join('; ') + more;
}

/** Whether the answer is the endpoint's success, with a body its response schema accepts. */
export function verify<E extends Endpoint>(
  endpoint: E,
  answer: Answer,
): Verdict<EndpointResponse<E>> {
  const { call, status, body } = answer;
  const got = `${call} → ${String(status)}`;
  if (status === endpoint.status) {
    const parsed = z.safeParse(endpoint.response, body);
    if (parsed.success) return { kind: 'ok', value: parsed.data as EndpointResponse<E> };
    const issues = describeIssues(parsed.error.issues);
    return { kind: 'failed', reason: `${got}, but the body breaks the contract: ${issues}` };
  }
  const documented = endpoint.errors.includes(status);
  const problem = Problem.safeParse(body);
  if (!problem.success && documented) {
    const issues = describeIssues(problem.error.issues);
    return { kind: 'failed', reason: `${got}, and its body is not a problem: ${issues}` };
  }
  const title = problem.success ? ` ${problem.data.title}` : '';
  if (documented && REFUSALS.includes(status)) return { kind: 'refused', reason: got + title };
  return { kind: 'failed', reason: `${got}${title}: expected ${String(endpoint.status)}` };
}
