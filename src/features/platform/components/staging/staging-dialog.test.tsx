import { screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { platformApi, renderPlan, SLOW } from '@/testing/platform-execution-test-utils';

/** Development and Testing already on 11.19.0 (as their cloud upgrades leave them); the rest on 11.10.0. */
async function halfUpgraded() {
  const plan = await platformApi.create();
  for (const e of simulator.db.platformEnvironments)
    if (e.id === 'nw-dev' || e.id === 'nw-test') e.platformVersion = '11.19.0';
  return plan;
}

async function choose(user: ReturnType<typeof renderPlan>['user'], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('Stage an application', () => {
  it('across versions is refused with the way out; one click stages from Pre-Production, the backport open', async () => {
    const plan = await halfUpgraded();
    const { user, router } = renderPlan(`/platform/plans/${plan.id}/execution`);
    await user.click(await screen.findByRole('link', { name: 'Stage an application' }, SLOW));
    const dialog = await screen.findByRole('dialog', { name: 'Stage an application' });
    await user.click(within(dialog).getByRole('button', { name: 'Stage' }));
    await waitFor(
      () =>
        expect(
          within(dialog).getByRole('combobox', { name: 'Application' }),
        ).toHaveAccessibleDescription('Choose the application to stage.'),
      SLOW,
    );
    await choose(user, 'Application', 'Claims Portal');
    await choose(user, 'From', 'Development (11.19.0)');
    await choose(user, 'To', 'Production (11.10.0)');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'What the fix is' }),
      'Claim totals rounding',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Stage' }));

    const refusal = await within(dialog).findByText(
      "You can't stage between environments in different versions",
      {},
      SLOW,
    );
    const alert = refusal.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('no alert');
    expect(alert).toHaveTextContent('Development is on 11.19.0 and Production on 11.10.0');
    expect(alert).toHaveTextContent(/Make the fix directly in Pre-Production, still on 11\.10\.0/);
    expect(alert).toHaveTextContent(/backport the fix to Development, Testing/);
    expect(within(dialog).getByRole('combobox', { name: 'To' })).toHaveTextContent(
      'Production (11.10.0)',
    );
    expect(simulator.db.stagings).toEqual([]);

    await user.click(
      within(alert).getByRole('button', { name: 'Stage from Pre-Production instead' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(router.state.location.pathname).toBe(`/platform/plans/${plan.id}/execution`);
    expect(simulator.db.stagings).toMatchObject([
      {
        application: 'Claims Portal',
        fromEnvironmentId: 'nw-preprod',
        toEnvironmentId: 'nw-prod',
        note: 'Claim totals rounding',
        backportTo: ['nw-dev', 'nw-test'],
      },
    ]);
    const list = await screen.findByRole('list', { name: 'Stagings' }, SLOW);
    expect(list).toHaveTextContent('Claims Portal: Pre-Production → Production');
    expect(list).toHaveTextContent('Backport open: to Development, Testing.');
  });

  it('a deep link presets its choices; a viewer gets no dialog', async () => {
    const plan = await halfUpgraded();
    const url = `/platform/plans/${plan.id}/execution/stage?application=Claims%20Portal&from=nw-preprod&to=nw-prod&from=x`;
    const { unmount } = renderPlan(url);
    const dialog = await screen.findByRole('dialog', { name: 'Stage an application' }, SLOW);
    expect(within(dialog).getByRole('combobox', { name: 'Application' })).toHaveTextContent(
      'Claims Portal',
    );
    expect(within(dialog).getByRole('combobox', { name: 'From' })).toHaveTextContent(
      'Pre-Production (11.10.0)',
    );
    unmount();

    simulator.signInAs('u-viewer');
    renderPlan(url);
    await screen.findByRole('heading', { level: 2, name: 'Staging while upgrading' }, SLOW);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
