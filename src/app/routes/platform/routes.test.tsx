import { screen } from '@testing-library/react';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { renderConsole } from '@/testing/render-console';
import { crumbsOf } from '@/testing/route-crumbs';
import { platformRoutes } from './routes';

const SLOW = { timeout: 5000 };

function renderRoute(url: string) {
  const routes = [{ path: '/', HydrateFallback: () => null, children: platformRoutes }];
  return renderConsole(routes, url).router;
}

const newPlan = () =>
  apiCall(endpoints.createUpgradePlan, { body: { infrastructureId: 'northwind', to: '11.19.0' } });

describe('platform route modules', () => {
  it('/platform is the infrastructure page', async () => {
    const router = renderRoute('/platform');
    expect(await screen.findByRole('heading', { level: 1, name: 'Platform' }, SLOW)).toBeVisible();
    expect(crumbsOf(router)).toEqual(['Platform']);
  });

  it("a plan's own URL opens its Analysis; the crumb names the plan", async () => {
    const plan = await newPlan();
    const router = renderRoute(`/platform/plans/${plan.id}`);
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Breaking changes and side effects' },
        SLOW,
      ),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(`/platform/plans/${plan.id}/analysis`);
    expect(crumbsOf(router)).toEqual(['Platform', 'Upgrade Northwind to 11.19.0']);
  });

  it('deep link to Planning: the tab selected', async () => {
    const plan = await newPlan();
    renderRoute(`/platform/plans/${plan.id}/planning`);
    expect(await screen.findByRole('list', { name: 'Upgrade order' }, SLOW)).toBeVisible();
    expect(screen.getByRole('tab', { name: /^Planning/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('an unknown plan is "Page not found"', async () => {
    renderRoute('/platform/plans/nope/analysis');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }, SLOW),
    ).toBeVisible();
  });
});
