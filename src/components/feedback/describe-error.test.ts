import { ApiError } from '@/lib/problem';
import { describeError, describeRoles } from './describe-error';

const forbidden = (requiredRoles: string[], detail?: string) =>
  new ApiError('http', {
    type: 'about:blank',
    title: 'Forbidden',
    status: 403,
    detail,
    requiredRoles,
  });

describe('describeRoles', () => {
  it('maps console roles to their labels and keeps unknown names as sent', () => {
    expect(describeRoles(['UPSHIFT_ADMINISTRATOR'])).toBe('the Administrator role');
    expect(describeRoles(['UPSHIFT_ADMINISTRATOR', 'ACTIVITI_ADMIN'])).toBe(
      'one of these roles: Administrator, ACTIVITI_ADMIN',
    );
    expect(describeRoles([])).toBeNull();
  });
});

describe('describeError', () => {
  it('names the role a 403 needs when the server gives no detail', () => {
    expect(describeError(forbidden(['UPSHIFT_OPERATOR']))).toEqual({
      title: "You don't have access",
      detail: 'This needs the Operator role.',
    });
  });

  it("uses a problem's own title and detail", () => {
    const error = new ApiError('http', {
      type: 'x',
      title: 'Conflict',
      status: 409,
      detail: 'Changed meanwhile',
    });
    expect(describeError(error)).toEqual({ title: 'Conflict', detail: 'Changed meanwhile' });
  });

  it('gives the advice for the status when the server sent no detail', () => {
    const error = new ApiError(
      'http',
      { type: 'about:blank', title: 'Conflict', status: 409 },
      { id: 'startUpgrade', method: 'POST' },
    );
    expect(describeError(error)).toEqual({
      title: 'The upgrade was refused: someone else changed this application',
      detail: 'Reload to see their change; your choices are kept.',
    });
  });

  it("adds what a refusal's fields say, unless its detail says it already", () => {
    const refusal = (detail: string, message: string) =>
      new ApiError('http', {
        type: 'https://upshift.example/problems/unprocessable',
        title: 'Some fields are not valid',
        status: 422,
        detail,
        errors: [{ field: 'version', message }],
      });
    expect(
      describeError(refusal('Correct the highlighted fields.', '2.10.0 is being checked.')).detail,
    ).toBe('Correct the highlighted fields. 2.10.0 is being checked.');
    expect(
      describeError(refusal('2.10.0 is being checked.', '2.10.0 is being checked.')).detail,
    ).toBe('2.10.0 is being checked.');
  });

  it('never leaves an unknown error without words', () => {
    expect(describeError(new TypeError('x is undefined')).title).toBe('Something went wrong');
  });
});
