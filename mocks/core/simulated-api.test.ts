import { endpoints } from '@/contract/endpoints';
import { route, simulatedApi, type SimRoute } from './http';

const getApplication = route(endpoints.getApplication, () => {
  throw new Error('not called here');
});

describe('an endpoint of the simulated API', () => {
  it('matches its path as msw did: any case, an optional trailing slash, decoded values', () => {
    expect(getApplication.method).toBe('GET');
    expect(getApplication.match('/api/v1/applications/app-001')).toEqual({
      applicationId: 'app-001',
    });
    expect(getApplication.match('/API/V1/Applications/app-001/')).toEqual({
      applicationId: 'app-001',
    });
    expect(getApplication.match('/api/v1/applications/a%20b%2Fc')).toEqual({
      applicationId: 'a b/c',
    });
  });

  it('does not match another path, an extra segment or a broken percent-encoding', () => {
    expect(getApplication.match('/api/v1/applications')).toBeNull();
    expect(getApplication.match('/api/v1/applications/app-001/access')).toBeNull();
    expect(getApplication.match('/api/v1/applications/%E0%A4%A')).toBeNull();
    expect(getApplication.match('/api/v2/applications/app-001')).toBeNull();
  });
});

describe('the simulated API as one answerer', () => {
  const answering = (name: string, method: string, path: RegExp): SimRoute => ({
    method,
    match: (pathname) => (path.test(pathname) ? {} : null),
    handle: () => Promise.resolve(new Response(name)),
  });
  const answerApi = simulatedApi([
    answering('projects', 'GET', /^\/api\/v1\/applications\/projects$/),
    answering('one application', 'GET', /^\/api\/v1\/applications\/[^/]+$/),
    answering('create', 'POST', /^\/api\/v1\/applications$/),
  ]);
  const answer = async (method: string, url: string) => {
    const response = await answerApi(new Request(url, { method }));
    return response ? await response.text() : undefined;
  };

  it('answers with the first endpoint, in the order given, whose method and path match', async () => {
    expect(await answer('GET', 'http://localhost/api/v1/applications/projects')).toBe('projects');
    expect(await answer('GET', 'http://localhost/api/v1/applications/app-1?x=1')).toBe(
      'one application',
    );
    expect(await answer('POST', 'http://127.0.0.1:8787/api/v1/applications')).toBe('create');
  });

  it('leaves a request no endpoint answers unhandled', async () => {
    expect(await answer('DELETE', 'http://localhost/api/v1/applications/app-1')).toBeUndefined();
    expect(await answer('GET', 'http://localhost/api/v1/nothing-here')).toBeUndefined();
    expect(await answer('GET', 'http://localhost/elsewhere/app-1')).toBeUndefined();
  });
});
