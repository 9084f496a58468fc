import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { newPlan, renderPlan, SLOW } from './render-plan';

describe("the plan's page", () => {
  it('is titled by the infrastructure and target, with each phase a tab saying where it stands', async () => {
    const plan = await newPlan();
    renderPlan(plan.id, 'planning', () => <p>panel</p>);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upgrade Northwind to 11.19.0' }, SLOW),
    ).toBeVisible();
    const tabs = screen.getByRole('tablist', { name: 'Upgrade phases' });
    const names = within(tabs)
      .getAllByRole('tab')
      .map((t) => t.textContent);
    const changes = String(plan.changes.length);
    expect(names).toEqual([
      `Analysis0 of ${changes} reviewed`,
      'Planning0 of 4 scheduled',
      'Execution0 of 4 upgraded',
      'Testing0 of 4 tested',
    ]);
    const planning = within(tabs).getByRole('tab', { name: /^Planning/ });
    expect(planning).toHaveAttribute('aria-selected', 'true');
    expect(planning).toHaveAttribute('href', `/platform/plans/${plan.id}/planning`);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('panel');
    expect(screen.getByText('Publish gradually after modules preparation')).toBeVisible();
    expect(
      screen.getByText(/^Upgrading from Platform Server 11\.x to 11\.12\.0 or later/),
    ).toHaveTextContent('Deploy All');
  });

  it('says publish all for 9.1 → 11, and Blocked planning while LifeTime is in the way', async () => {
    const plan = await newPlan('legacy', '11');
    renderPlan(plan.id, 'analysis', () => null);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upgrade Legacy to 11' }, SLOW),
    ).toBeVisible();
    expect(screen.getByText('Publish all applications after the upgrade')).toBeVisible();
    expect(
      screen.getByText(/^Upgrading from Platform Server 10 or previous to Platform Server 11/),
    ).toBeVisible();
    expect(screen.getByRole('tab', { name: /^Planning/ })).toHaveTextContent('PlanningBlocked');
  });

  it('a plan that failed to load says so with a Retry', async () => {
    const plan = await newPlan();
    simulator.setScenario({ failure: { endpointId: 'getUpgradePlan', status: 500 } });
    const { user } = renderPlan(plan.id, 'analysis', () => null);
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('This upgrade plan could not be loaded');
    expect(screen.getByRole('heading', { level: 1, name: 'Upgrade plan' })).toBeVisible();
    simulator.clearScenario();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upgrade Northwind to 11.19.0' }, SLOW),
    ).toBeVisible();
  });

  it('its environments failing is said under the title, with a Retry', async () => {
    const plan = await newPlan();
    simulator.setScenario({ failure: { endpointId: 'listPlatformEnvironments', status: 503 } });
    const { user } = renderPlan(plan.id, 'analysis', () => <p>panel</p>);
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent("The plan's environments could not be loaded");
    simulator.clearScenario();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('panel', {}, SLOW)).toBeVisible();
  });

  it('the plan is read the same by a viewer', async () => {
    const plan = await newPlan();
    simulator.signInAs('u-viewer');
    renderPlan(plan.id, 'analysis', () => null);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upgrade Northwind to 11.19.0' }, SLOW),
    ).toBeVisible();
    await expect(
      apiCall(endpoints.updateUpgradePlan, {
        params: { planId: plan.id },
        body: { revision: plan.revision, order: [] },
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
