import { ApiError } from '@/lib/problem';
import { reportCaughtError, reportRouteError } from './caught-errors';

const problem = (status: number) =>
  new ApiError('http', { type: 'about:blank', title: `HTTP ${String(status)}`, status });
const where = {
  location: { pathname: '/', search: '', hash: '', state: null, key: 'k' },
  params: {},
  pattern: '/',
};
const whileRendering = { ...where, errorInfo: { componentStack: '' } };

describe('reporting what an error boundary caught', () => {
  const logged = vi.fn();
  const original = console.error;
  beforeEach(() => {
    logged.mockReset();
    console.error = logged;
  });
  afterEach(() => {
    console.error = original;
  });

  it('says nothing of a page state: signed out, no access, not found', () => {
    for (const status of [401, 403, 404]) {
      reportCaughtError(problem(status));
      reportRouteError(problem(status), whileRendering);
    }
    expect(logged).not.toHaveBeenCalled();
  });

  it('reports every other error as React and React Router do', () => {
    const fault = new TypeError('x is undefined');
    reportCaughtError(fault);
    reportCaughtError(problem(500));
    reportRouteError(fault, whileRendering);
    expect(logged).toHaveBeenCalledTimes(3);
    expect(logged).toHaveBeenNthCalledWith(1, fault);
    expect(logged).toHaveBeenLastCalledWith(
      'React Router caught the following error during render',
      fault,
    );
  });

  it('leaves a loader’s error to its boundary, unreported, as React Router does', () => {
    reportRouteError(problem(500), where);
    expect(logged).not.toHaveBeenCalled();
  });
});
