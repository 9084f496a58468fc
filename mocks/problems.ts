import type { FieldError, Problem } from '@/contract/common';
import type { Permission } from '@/contract/identity';
import { requiredRolesFor, roleLabels } from '@/contract/permissions';

/** Thrown anywhere in a handler; the route wrapper answers it as problem+json. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

const type = (slug: string) => `https://upshift.example/problems/${slug}`;

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
  conflict: (title: string, detail: string, currentRevision?: number) =>
    new ProblemError({ type: type('conflict'), title, status: 409, detail, currentRevision }),
  unprocessable: (title: string, detail: string, errors?: FieldError[]) =>
    new ProblemError({ type: type('unprocessable'), title, status: 422, detail, errors }),
  scenario: (status: number, endpointId: string) =>
    new ProblemError({
      type: type('simulated-failure'),
      title:
        status >= 500
          ? 'The server failed to handle the request'
          : `Request refused with status ${status}`,
      status,
      detail: `Simulated failure of ${endpointId} (simulator controls).`,
    }),
};

export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
