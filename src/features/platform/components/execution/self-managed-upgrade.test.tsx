import { screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import {
  advance,
  platformApi,
  renderPlan,
  settle,
  SLOW,
  storedPlanEnv,
} from '@/testing/platform-execution-test-utils';

const MINUTE = 60_000;
const announced = (text: RegExp) =>
  waitFor(
    () => expect(screen.getByText(text, { selector: '[aria-live="polite"]' })).toBeInTheDocument(),
    SLOW,
  );

describe('a self-managed environment (Pre-Production, downtime)', () => {
  it('maintenance mode, Apply and Exit confirmed item by item, then live progress', async () => {
    const plan = await platformApi.create();
    const { user } = renderPlan(`/platform/plans/${plan.id}/execution/nw-preprod`);
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Pre-Production: 11.10.0 → 11.19.0' },
        SLOW,
      ),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Step 1. Upgrade the Platform Server' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Step 2. Upgrade the development tools' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Step 3. Upgrade the applications' }),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Download the Platform Server installer (11.19.0)' }),
    ).toBeVisible();

    const maintenance = screen.getByRole('switch', { name: 'Maintenance mode: Off' });
    expect(maintenance).toHaveAccessibleDescription(
      /avoid unnecessary communication attempts from the LifeTime console/,
    );
    await user.click(maintenance);
    expect(await screen.findByRole('switch', { name: 'Maintenance mode: On' }, SLOW)).toBeChecked();
    expect(
      simulator.db.platformEnvironments.find((e) => e.id === 'nw-preprod')?.maintenanceMode,
    ).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Apply and Exit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply and Exit: Pre-Production' });
    const items = within(dialog).getAllByRole('checkbox');
    expect(items.map((i) => i.closest('label')?.textContent)).toEqual([
      'Publish the latest version of Service Center',
      'Publish the latest version of System Components',
      'Start the modules preparation step',
    ]);
    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'Publish the latest version of Service Center',
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'OK: upgrade' }));
    const unticked = within(dialog).getByRole('checkbox', {
      name: 'Publish the latest version of System Components',
    });
    expect(unticked).toHaveFocus();
    expect(unticked).toHaveAccessibleDescription('Confirm this step to upgrade.');
    expect(within(dialog).getAllByText('Confirm this step to upgrade.')).toHaveLength(2);
    expect(storedPlanEnv(plan.id, 'nw-preprod')?.execution.status).toBe('not-started');

    await user.click(unticked);
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Start the modules preparation step' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'OK: upgrade' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(storedPlanEnv(plan.id, 'nw-preprod')?.execution.status).toBe('running');

    expect(
      await screen.findByRole(
        'progressbar',
        { name: /^Platform Server upgrade of Pre-Production/ },
        SLOW,
      ),
    ).toBeVisible();
    const steps = screen.getByRole('list', { name: 'Platform Server steps' });
    const current = within(steps)
      .getAllByRole('listitem')
      .filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent(/Run the Platform Server installer.*In progress/);
    expect(screen.queryByRole('button', { name: 'Apply and Exit' })).not.toBeInTheDocument();

    advance(2 * MINUTE);
    await announced(/Pre-Production: Platform upgraded\. Preparing modules/);
    const bar = await screen.findByRole(
      'progressbar',
      { name: /^Modules preparation of Pre-Production: \d+ of 86 modules prepared$/ },
      SLOW,
    );
    expect(bar).toBeVisible();
    expect(
      screen.getByRole('radio', { name: 'Gradually: the applications you choose' }),
    ).toBeDisabled();
    expect(
      screen.getByText(
        /^Publishing waits for modules preparation to finish \(\d+ of 86 modules prepared\)\.$/,
      ),
    ).toBeVisible();

    await settle(plan.id);
    advance(MINUTE);
    expect(
      await screen.findByText(/^Finished: 86 of 86 modules prepared\./, {}, SLOW),
    ).toBeVisible();
    const on = screen.getByRole('switch', { name: 'Maintenance mode: On' });
    expect(on).toHaveAccessibleDescription(
      /The Platform Server is upgraded: turn it off, so LifeTime reaches the environment again\.$/,
    );
    await user.click(on);
    expect(
      await screen.findByRole('switch', { name: 'Maintenance mode: Off' }, SLOW),
    ).not.toBeChecked();
    const gradual = screen.getByRole('radio', { name: 'Gradually: the applications you choose' });
    await waitFor(() => expect(gradual).toBeEnabled(), SLOW);
    await user.click(gradual);
    await user.click(screen.getByRole('button', { name: 'Publish the chosen applications' }));
    expect(screen.getByText('Choose at least one application to publish.')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /^Claims Portal/ }));
    await user.click(screen.getByRole('button', { name: 'Publish the chosen applications' }));
    expect(
      await screen.findByRole('progressbar', { name: /^Publication in Pre-Production/ }, SLOW),
    ).toBeVisible();
    await settle(plan.id);
    advance(MINUTE);
    expect(
      await screen.findByText(
        'Gradually: the applications you choose: 1 of 1 applications published.',
        {},
        SLOW,
      ),
    ).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /^Claims Portal.*: published$/ })).toBeDisabled();
    expect(storedPlanEnv(plan.id, 'nw-preprod')?.publishedApps).toEqual(['Claims Portal']);
  });
});
