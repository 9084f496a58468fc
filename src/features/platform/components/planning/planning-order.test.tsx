import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { SLOW } from '../plan/render-plan';
import { orderNames, renderPlanning, settingsOf, storedPlan } from './render-planning';

describe('Planning: the order', () => {
  beforeEach(() => sessionStorage.clear());

  it('moves an environment by keyboard: focus follows it and its new place is announced', async () => {
    const { user, plan } = await renderPlanning();
    expect(orderNames()).toEqual(['Development', 'Testing', 'Pre-Production', 'Production']);
    expect(screen.getByRole('button', { name: 'Move up: Development' })).toBeDisabled();
    screen.getByRole('button', { name: 'Move down: Development' }).focus();
    await user.keyboard('{Enter}');
    expect(orderNames()).toEqual(['Testing', 'Development', 'Pre-Production', 'Production']);
    expect(screen.getByRole('button', { name: 'Move down: Development' })).toHaveFocus();
    expect(screen.getByText('Development moved to place 2 of 4.')).toBeInTheDocument();
    // At the bottom, the way back is focused instead of a disabled button.
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(orderNames()).toEqual(['Testing', 'Pre-Production', 'Production', 'Development']);
    expect(screen.getByRole('button', { name: 'Move up: Development' })).toHaveFocus();
    expect(screen.getByText('Development moved to place 4 of 4.')).toBeInTheDocument();
    expect(
      screen.getByText('Unsaved changes, kept in this tab until you save them.'),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('Everything shown is saved.', {}, SLOW)).toBeVisible();
    const saved = await storedPlan(plan.id);
    expect(saved.environments.map((e) => e.name)).toEqual([
      'Testing',
      'Pre-Production',
      'Production',
      'Development',
    ]);
    expect(saved.revision).toBe(plan.revision + 1);
  });

  it('refuses Production first at the list, in the rule’s words, and sends nothing', async () => {
    const { user, plan } = await renderPlanning();
    const up = () => screen.getByRole('button', { name: 'Move up: Production' });
    await user.click(up());
    await user.click(up());
    await user.click(up());
    expect(orderNames()[0]).toBe('Production');
    const refusal = screen.getByRole('alert');
    expect(refusal).toHaveTextContent(
      'Production cannot be upgraded first: upgrade and test your applications in a non-production environment before Production.',
    );
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(screen.getByRole('list', { name: 'Upgrade order' })).toHaveFocus();
    expect((await storedPlan(plan.id)).revision).toBe(plan.revision);
    await user.click(screen.getByRole('button', { name: 'Move down: Production' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps LifeTime first for 9.1 → 11, with nothing to move it by', async () => {
    await renderPlanning({ infrastructureId: 'legacy', to: '11' });
    const [first] = screen.getByRole('list', { name: 'Upgrade order' }).querySelectorAll('li');
    expect(first).toHaveTextContent(
      /^1\. LifeTime.* · upgraded first: LifeTime must be the most up-to-date environment$/,
    );
    expect(within(first as HTMLElement).queryByRole('button')).toBeNull();
    expect(orderNames().slice(1)).toEqual(['Development', 'Quality', 'Production']);
  });

  it('survives a reload: the unsaved order is kept in this tab, and can be discarded', async () => {
    const { user, unmount, plan } = await renderPlanning();
    await user.click(screen.getByRole('button', { name: 'Move down: Testing' }));
    unmount();
    const again = await renderPlanning({ planId: plan.id });
    expect(orderNames()).toEqual(['Development', 'Pre-Production', 'Testing', 'Production']);
    expect(
      screen.getByText('Unsaved changes, kept in this tab until you save them.'),
    ).toBeVisible();
    await again.user.click(screen.getByRole('button', { name: 'Discard my changes' }));
    expect(orderNames()).toEqual(['Development', 'Testing', 'Pre-Production', 'Production']);
    expect(screen.getByText('Everything shown is saved.')).toBeVisible();
  });

  it('a viewer sees the order, strategies and schedules with nothing to change', async () => {
    await renderPlanning({ before: () => simulator.signInAs('u-viewer') });
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save the plan' })).toBeNull();
    expect(
      within(settingsOf('Production')).getByText('Downtime: rollback with no data loss'),
    ).toBeVisible();
    expect(within(settingsOf('Production')).getByText('Not scheduled')).toBeVisible();
    expect(
      screen.getByText(/^Changing the plan needs the Administrator or Operator role/),
    ).toBeVisible();
  });
});
