import type { Problem } from '@/contract/common';
import { ProblemError } from './problems';

/** A JSON answer from text already serialised. */
export function jsonResponse(text: string, status = 200): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function errorProblem(status: number, title: string, detail: string): Response {
  return problemResponse({ type: 'about:blank', title, status, detail });
}

export const notFound = (path: string) =>
  errorProblem(404, 'Not found', `Nothing is served at ${path}.`);

export const methodNotAllowed = (allowed: string) => {
  const response = errorProblem(405, 'Method not allowed', `Use ${allowed}.`);
  response.headers.set('Allow', allowed);
  return response;
};

/** A ProblemError thrown by the simulator's own checks, or a 500 for anything else. */
export function responseOfError(error: unknown): Response {
  if (error instanceof ProblemError) return problemResponse(error.problem);
  return errorProblem(500, 'Internal server error', String(error));
}
