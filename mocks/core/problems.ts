import type { FieldError, Problem } from '@/contract/common';
import type { Permission } from '@/contract/identity';
import { requiredRolesFor, roleLabels } from '@/contract/permissions';
import type { ScenarioFailure } from './scenario';
// Field errors carry zod's own messages where a schema writes none: in English.
import '@/lib/zod-english';

/** Thrown anywhere in a handler; the route wrapper answers it as problem+json. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

const type = (slug: string) => `https://upshift.example/problems/${slug}`;

const statusPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
};

export const problems = {
  badRequest: (detail: string, errors?: FieldError[]) =>
    new ProblemError({
      type: type('bad-request'),
      title: 'The request is not valid',
      status: 400,
      detail,
      errors,
    }),
  unauthorized: () =>
    new ProblemError({
      type: type('unauthorized'),
      title: 'You are signed out',
      status: 401,
      detail: 'Sign in to continue.',
    }),
  forbidden: (permission: Permission) => {
    const requiredRoles = requiredRolesFor(permission);
    return new ProblemError({
      type: type('forbidden'),
      title: "You don't have permission to do this",
      status: 403,
      detail: `This needs ${requiredRoles.length === 1 ? 'the role' : 'one of the roles'} ${requiredRoles.map((r) => roleLabels[r]).join(' or ')} (permission "${permission}").`,
      requiredRoles,
    });
  },
  notFound: (what: string, id: string) =>
    new ProblemError({
      type: type('not-found'),
      title: `${what} not found`,
      status: 404,
      detail: `No ${what.toLowerCase()} has the id "${id}".`,
    }),
  /** `errors` names the stale field when a request carries more than one revision. */
  conflict: (title: string, detail: string, currentRevision?: number, errors?: FieldError[]) =>
    new ProblemError({
      type: type('conflict'),
      title,
      status: 409,
      detail,
      currentRevision,
      errors,
    }),
  unprocessable: (title: string, detail: string, errors?: FieldError[]) =>
    new ProblemError({ type: type('unprocessable'), title, status: 422, detail, errors }),
  /**
   * A simulated failure. A 4xx says no more than its status (RFC 9457 "about:blank"), as many
   * real servers do, unless the scenario gives what a real refusal carries: the fields a 422
   * names, or the current revision of a stale edit's 409.
   */
  scenario: (
    { status, errors, currentRevision }: ScenarioFailure,
    endpointId: string,
  ): ProblemError => {
    if (status === 422 && errors?.length) {
      return problems.unprocessable(
        'Some fields are not valid',
        'Correct the highlighted fields and try again.',
        errors,
      );
    }
    if (status === 409 && currentRevision !== undefined) {
      return problems.conflict(
        'Someone else changed this meanwhile',
        `It is at revision ${String(currentRevision)} now, not at the one this change started from.`,
        currentRevision,
      );
    }
    return new ProblemError({
      type: status >= 500 ? type('simulated-failure') : 'about:blank',
      title:
        status >= 500
          ? 'The server failed to handle the request'
          : (statusPhrases[status] ?? 'Client Error'),
      status,
      detail: `Simulated failure of ${endpointId} (simulator controls).`,
    });
  },
};

export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
