import { screen, waitFor, within } from '@testing-library/react';
import {
  platformApi,
  renderPlan,
  SLOW,
  storedPlanEnv,
  upgradeViaApi,
} from '@/testing/platform-execution-test-utils';

const cardOf = (name: string) => {
  const heading = screen.getByRole('heading', { level: 3, name });
  const card = heading.closest('li');
  if (!card) throw new Error(`no card for ${name}`);
  return card;
};

describe('the Testing tab', () => {
  it('needs both checks, each said at its box; Tested marks the environment done and lets Production start', async () => {
    const plan = await platformApi.create();
    await upgradeViaApi(plan.id, 'nw-preprod', { publish: true });
    const { user } = renderPlan(`/platform/plans/${plan.id}/testing`);
    await screen.findByRole('heading', { level: 2, name: 'Testing' }, SLOW);
    expect(
      within(cardOf('Development')).getByRole('link', { name: "Development's execution" }),
    ).toHaveAttribute('href', `/platform/plans/${plan.id}/execution/nw-dev`);
    const preprod = cardOf('Pre-Production');
    expect(within(preprod).getByText('Applications published')).toBeVisible();
    const form = within(preprod).getByRole('form', { name: 'Testing of Pre-Production' });
    await user.click(within(form).getByRole('checkbox', { name: 'Hot-points tested' }));
    await user.click(within(form).getByRole('button', { name: 'Tested' }));
    const log = within(form).getByRole('checkbox', { name: 'Service Center Error Log checked' });
    expect(log).toHaveAccessibleDescription(
      "Check Service Center's Error Log for application errors or background issues first.",
    );
    expect(log).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('checkbox', { name: 'Hot-points tested' })).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(storedPlanEnv(plan.id, 'nw-preprod')?.testing).toBeNull();

    await user.click(log);
    expect(log).toHaveAccessibleDescription(/^No application errors or background issues/);
    await user.type(
      within(form).getByRole('textbox', { name: 'Note' }),
      'Claims and policies checked',
    );
    await user.click(within(form).getByRole('button', { name: 'Tested' }));
    await waitFor(
      () => expect(within(cardOf('Pre-Production')).getByText('Tested: done')).toBeVisible(),
      SLOW,
    );
    expect(
      within(cardOf('Pre-Production')).getByText(
        /^Tested by Alex Morgan, .*: hot-points tested, Error Log checked\.$/,
      ),
    ).toBeVisible();
    expect(within(cardOf('Pre-Production')).getByText('Claims and policies checked')).toBeVisible();
    const stored = storedPlanEnv(plan.id, 'nw-preprod');
    expect(stored?.testing).toMatchObject({
      hotPoints: true,
      errorLogClean: true,
      note: 'Claims and policies checked',
    });

    const refreshed = await platformApi.plan(plan.id);
    expect(refreshed.environments.find((e) => e.environmentId === 'nw-prod')?.status).toBe(
      'not-started',
    );
    await platformApi.start(plan.id, 'nw-prod', {
      confirm: { serviceCenter: true, systemComponents: true, modulePreparation: true },
    });
  });

  it('an environment not published yet waits, with the way to its execution', async () => {
    const plan = await platformApi.create();
    renderPlan(`/platform/plans/${plan.id}/testing`);
    await screen.findByRole('heading', { level: 2, name: 'Testing' }, SLOW);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(
      screen.getAllByText(/^Test it once its applications are published in the new version/),
    ).toHaveLength(4);
  });
});
