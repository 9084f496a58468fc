import { screen } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import {
  platformApi,
  renderPlan,
  SLOW,
  upgradeViaApi,
} from '@/testing/platform-execution-test-utils';

/** No control that changes anything: switches, ticks, choices, fields or buttons. */
function expectNoMutatingControl() {
  for (const role of ['button', 'switch', 'checkbox', 'radio', 'textbox', 'combobox'] as const)
    expect(screen.queryAllByRole(role), role).toEqual([]);
}

describe.each(['u-viewer', 'u-product-owner'])('read-only (%s)', (userId) => {
  it('a self-managed environment: states in words, no control', async () => {
    const plan = await platformApi.create();
    await upgradeViaApi(plan.id, 'nw-preprod');
    simulator.signInAs(userId);
    renderPlan(`/platform/plans/${plan.id}/execution/nw-preprod`);
    expect(await screen.findByText('Maintenance mode: Off', {}, SLOW)).toBeVisible();
    expect(screen.getByText('Development tools upgraded: not done')).toBeVisible();
    expect(screen.getByRole('list', { name: 'Platform Server steps' })).toHaveTextContent('Done');
    expectNoMutatingControl();
  });

  it('a cloud environment: the request as it stands, no form to send', async () => {
    const plan = await platformApi.create();
    simulator.signInAs(userId);
    renderPlan(`/platform/plans/${plan.id}/execution/nw-dev`);
    expect(
      await screen.findByRole('form', { name: 'Upgrade request for Development' }, SLOW),
    ).toHaveTextContent('Platform Server 11.19.0');
    expectNoMutatingControl();
  });

  it('the Testing tab: who tested what, no form', async () => {
    const plan = await platformApi.create();
    await upgradeViaApi(plan.id, 'nw-preprod', { publish: true, test: true });
    simulator.signInAs(userId);
    renderPlan(`/platform/plans/${plan.id}/testing`);
    expect(
      await screen.findByText(
        /^Tested by Alex Morgan, .*: hot-points tested, Error Log checked\.$/,
        {},
        SLOW,
      ),
    ).toBeVisible();
    expectNoMutatingControl();
  });
});
