import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall, buildUrl, onUnauthorized } from './api-client';
import { ApiError } from './problem';

describe('buildUrl', () => {
  it('fills path parameters and repeats array query values, dropping empty ones', () => {
    const url = buildUrl(endpoints.listApplications, undefined, {
      status: ['running', 'failed'],
      q: '',
      page: 2,
    });
    expect(url).toBe(
      'http://localhost:3000/api/v1/applications?status=running&status=failed&page=2',
    );
    expect(buildUrl(endpoints.getOperation, { operationId: 'op 1/2' })).toBe(
      'http://localhost:3000/api/v1/operations/op%201%2F2',
    );
  });

  it('refuses to call a path with a missing parameter', () => {
    expect(() => buildUrl(endpoints.getOperation, {})).toThrow(
      'Missing path parameter "operationId"',
    );
  });
});

describe('apiCall', () => {
  it('sends an Idempotency-Key on requests that start work, and refuses to start work without one', async () => {
    let seen: string | null = null;
    server.events.on('request:start', ({ request }) => {
      seen ??= request.headers.get('Idempotency-Key');
    });
    await apiCall(endpoints.startReadinessCheck, {
      params: { applicationId: 'app-001' },
      idempotencyKey: 'k-1',
    });
    server.events.removeAllListeners();
    expect(seen).toBe('k-1');
    await expect(
      apiCall(endpoints.startReadinessCheck, { params: { applicationId: 'app-001' } }),
    ).rejects.toThrow('needs an Idempotency-Key');
  });

  it('turns problem+json into an ApiError with field errors', async () => {
    server.use(
      http.get('*/api/v1/identity/me', () =>
        HttpResponse.json(
          {
            type: 'https://upshift.example/problems/unprocessable',
            title: 'Some fields are not valid',
            status: 422,
            errors: [{ field: 'name', message: 'Too long' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = (await apiCall(endpoints.getCurrentUser).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 422, fieldErrors: { name: 'Too long' } });
  });

  it('gives a non-problem error body a title naming what failed, from its status', async () => {
    server.use(
      http.get(
        '*/api/v1/identity/me',
        () =>
          new HttpResponse('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    await expect(apiCall(endpoints.getCurrentUser)).rejects.toMatchObject({
      status: 502,
      title: 'Your profile could not be loaded: the server failed to handle it',
      endpointId: 'getCurrentUser',
    });
  });

  it('tells listeners about a 401 so the shell can show the sign-in state', async () => {
    simulator.signInAs(null);
    const heard: number[] = [];
    const stop = onUnauthorized((e) => heard.push(e.status));
    await expect(apiCall(endpoints.getCurrentUser)).rejects.toBeInstanceOf(ApiError);
    stop();
    expect(heard).toEqual([401]);
  });
});
