import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import {
  platformApi,
  renderPlan,
  SLOW,
  upgradeViaApi,
} from '@/testing/platform-execution-test-utils';

const cardOf = (name: RegExp) => {
  const link = screen.getByRole('link', { name });
  const card = link.closest('li');
  if (!card) throw new Error(`no card for ${String(name)}`);
  return card;
};

describe('the Execution tab', () => {
  it('lists every environment in plan order with its status in words and what is next', async () => {
    const plan = await platformApi.create();
    await upgradeViaApi(plan.id, 'nw-preprod');
    renderPlan(`/platform/plans/${plan.id}/execution`);
    const list = await screen.findByRole(
      'heading',
      { level: 2, name: 'Environments in upgrade order' },
      SLOW,
    );
    expect(list).toBeVisible();
    const names = screen
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
      .filter((t) => /^\d\. /.test(t));
    expect(names).toEqual(['1. Development', '2. Testing', '3. Pre-Production', '4. Production']);

    const dev = cardOf(/^1\. Development$/);
    expect(dev).toHaveTextContent('11.10.0 → 11.19.0 · OutSystems Cloud · Downtime');
    expect(within(dev).getByText('Not started')).toBeVisible();
    expect(within(dev).getByText('Next: request the upgrade from OutSystems.')).toBeVisible();
    expect(within(cardOf(/^1\. Development$/)).getByRole('link')).toHaveAttribute(
      'href',
      `/platform/plans/${plan.id}/execution/nw-dev`,
    );

    const preprod = cardOf(/^3\. Pre-Production$/);
    expect(within(preprod).getByText('Platform upgraded')).toBeVisible();
    expect(
      within(preprod).getByText('Next: publish the applications in the new version.'),
    ).toBeVisible();

    const prod = cardOf(/^4\. Production$/);
    expect(prod).toHaveTextContent('Self-managed');
    expect(
      within(prod).getByText(/^Production waits for another environment to be upgraded and tested/),
    ).toBeVisible();

    expect(screen.getByRole('link', { name: 'Stage an application' })).toHaveAttribute(
      'href',
      `/platform/plans/${plan.id}/execution/stage`,
    );
    expect(
      await screen.findByText('Nothing staged during this upgrade yet.', {}, SLOW),
    ).toBeVisible();
  });

  it('a viewer sees the same order and statuses, and nothing to stage with', async () => {
    const plan = await platformApi.create();
    simulator.signInAs('u-viewer');
    renderPlan(`/platform/plans/${plan.id}/execution`);
    await screen.findByRole('heading', { level: 2, name: 'Environments in upgrade order' }, SLOW);
    expect(screen.getAllByText('Not started')).toHaveLength(4);
    expect(screen.queryByRole('link', { name: 'Stage an application' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
