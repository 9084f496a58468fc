import { screen } from '@testing-library/react';
import { renderConsole } from '@/testing/render-console';
import { crumbsOf } from '@/testing/route-crumbs';
import { serverRoutes } from './routes';

const SLOW = { timeout: 5000 };

function renderRoute(url: string) {
  const routes = [{ path: '/', HydrateFallback: () => null, children: serverRoutes }];
  return renderConsole(routes, url).router;
}

describe('server route modules', () => {
  it('deep link to a tab: "Servers › Space Tech", the tab selected', async () => {
    const router = renderRoute('/servers/spacetech/history');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Space Tech' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
    expect(crumbsOf(router)).toEqual(['Servers', 'Space Tech']);
  });

  it('an upgrade record has its own URL under the server', async () => {
    const router = renderRoute('/servers/spacetech/upgrades/spacetech-up-0');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upgrade 3.7.1 → 3.7.2' }, SLOW),
    ).toBeInTheDocument();
    expect(crumbsOf(router)).toEqual(['Servers', 'Upgrade record']);
  });

  it.each(['/servers/nope', '/servers/spacetech/upgrades/nope'])(
    '%s is "Page not found"',
    async (url) => {
      renderRoute(url);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Page not found' }, SLOW),
      ).toBeInTheDocument();
    },
  );

  it('the list writes a malformed URL back to what it shows', async () => {
    const router = renderRoute('/servers?page=abc&sort=nope&upgradeAvailable=maybe&q=space');
    expect(await screen.findByRole('table', { name: 'Servers' }, SLOW)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=space');
  });
});
