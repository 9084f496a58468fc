import { act, screen } from '@testing-library/react';
import { renderConsole } from '@/testing/render-console';
import { routerRoutesFor, routes } from './router';

const SLOW = { timeout: 8000 };

const pathsOf = (list: typeof routes): string[] =>
  list.flatMap((route) => [route.path ?? '', ...pathsOf(route.children ?? [])]);

describe('the routes a router starts with', () => {
  it('on a full load of the first screen: its own, "Page not found" and the way to the rest', () => {
    for (const path of ['/', '/applications', '/applications/']) {
      const first = routerRoutesFor(path);
      expect(first.patchRoutesOnNavigation, path).toBeTypeOf('function');
      expect(pathsOf(first.routes)).toContain('applications');
      expect(pathsOf(first.routes)).toContain('*');
      expect(pathsOf(first.routes)).not.toContain('servers');
      expect(pathsOf(first.routes).length).toBeLessThan(pathsOf(routes).length / 5);
    }
  });

  it('on a full load of any other page: every route', () => {
    for (const path of ['/servers', '/applications/app-001', '/nowhere']) {
      expect(routerRoutesFor(path)).toEqual({ routes });
    }
  });

  it('adds the other routes for a navigation that goes on, not for one already cancelled', () => {
    const first = routerRoutesFor('/applications');
    const patch = vi.fn();
    const call = (aborted: boolean) => {
      const controller = new AbortController();
      if (aborted) controller.abort();
      return first.patchRoutesOnNavigation?.({
        signal: controller.signal,
        path: '/servers',
        matches: [],
        fetcherKey: undefined,
        patch,
      });
    };
    void call(true);
    expect(patch).not.toHaveBeenCalled();
    void call(false);
    void call(false);
    expect(patch).toHaveBeenCalledTimes(1);
  });

  it('finds every other page from the first screen, once, and still says what is not there', async () => {
    const first = routerRoutesFor('/applications');
    const patch = vi.fn(first.patchRoutesOnNavigation);
    const { user, router } = renderConsole(first.routes, '/applications', {
      patchRoutesOnNavigation: patch,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Applications' }, SLOW),
    ).toBeInTheDocument();

    // A page with parameters, as a person reaches it: a row's link.
    await user.click(await screen.findByRole('link', { name: 'invoice-approvals' }, SLOW));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'invoice-approvals' }, SLOW),
    ).toBeInTheDocument();
    // A page of its own, and one that does not exist.
    await act(() => router.navigate('/servers'));
    expect(await screen.findByRole('table', { name: 'Servers' }, SLOW)).toBeInTheDocument();
    await act(() => router.navigate('/nowhere'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }, SLOW),
    ).toBeInTheDocument();

    // Back to the first screen, among the routes added.
    await act(() => router.navigate('/applications'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Applications' }, SLOW),
    ).toBeInTheDocument();
    // Every route once (the list is not added a second time), under the router's own root.
    const [actionsRoute] = router.routes;
    expect(pathsOf(actionsRoute?.children ?? []).sort()).toEqual(pathsOf(routes).sort());
    expect(patch).toHaveBeenCalled();
  });
});
